import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeFetch, flush, json } from '../testing/fake-fetch';
import { testProviders } from '../testing/providers';
import { routes } from './app.routes';

// Filters arrive in the address, from links elsewhere in the app; the real routes must hand them
// to the page, and the page to the API.
describe('filters in the address', () => {
  let fake: FakeFetch;

  beforeEach(() => {
    fake = new FakeFetch();
    fake.on('GET', '/api/interviews', () => json({ total: 0, skip: 0, limit: 20, data: [] }));
    fake.on('GET', /^\/api\/(companies|roles)$/, () => json([]));
    fake.on('GET', '/api/starter-pack', () => json({ total: 0, skip: 0, limit: 20, data: [] }));
    TestBed.configureTestingModule({
      providers: [...testProviders(fake), provideRouter(routes, withComponentInputBinding())],
    });
  });

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await flush();
    harness.detectChanges();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const requested = (path: string) =>
    fake.requests.filter((r) => r.path.startsWith(`${path}?`)).map((r) => r.path);

  it.each([
    ['/interviews?company=3', 'company_id=3'],
    ['/interviews?role=5', 'role_id=5'],
  ])('%s lists only the interviews with %s', async (url, filter) => {
    await open(url);
    expect(requested('/api/interviews')).toEqual([expect.stringContaining(filter)]);
  });

  it('opens the starter pack at /questions/starter-pack, not as a question with that id', async () => {
    const page = await open('/questions/starter-pack?agent=coding&q=heap');
    expect(page.querySelector('h1')?.textContent).toBe('Starter pack');
    expect(fake.requests.some((r) => r.path.startsWith('/api/questions/'))).toBe(false);
    expect(requested('/api/starter-pack')).toContain(
      '/api/starter-pack?skip=0&limit=20&search=heap&agent=coding',
    );
  });
});
