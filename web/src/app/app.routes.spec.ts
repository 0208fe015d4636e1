import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeFetch, flush, json } from '../testing/fake-fetch';
import { testProviders } from '../testing/providers';
import { routes } from './app.routes';

describe('addresses with an id', () => {
  let fake: FakeFetch;

  beforeEach(() => {
    fake = new FakeFetch();
    fake.on('GET', /^\/api\/(interviews|questions)\/\d+$/, () =>
      json({ detail: 'Nothing has this id', code: 'not_found' }, 404),
    );
    // A whole number too large for an id is refused as a bad parameter, not "not found".
    fake.on('GET', /^\/api\/(interviews|questions)\/\d{10,}$/, () =>
      json({ detail: 'path/id must be 2147483647 or less', code: 'validation_error' }, 400),
    );
    TestBed.configureTestingModule({
      providers: [...testProviders(fake), provideRouter(routes, withComponentInputBinding())],
    });
  });

  async function open(url: string, harness?: RouterTestingHarness) {
    harness ??= await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await flush();
    harness.detectChanges();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const interview = [
    'Interview not found',
    'There is no interview at this address.',
    '/interviews',
  ];
  const question = ['Question not found', 'There is no question at this address.', '/questions'];
  const unknownInterview = ['Interview not found', 'Nothing has this id', '/interviews'];
  const unknownQuestion = ['Question not found', 'Nothing has this id', '/questions'];

  it.each([
    ['/interviews/abc', ...interview],
    ['/interviews/0', ...interview],
    ['/interviews/-3', ...interview],
    ['/interviews/99999999999', ...interview],
    ['/interviews/abc/edit', ...interview],
    ['/interviews/0/edit', ...interview],
    ['/interviews/99', ...unknownInterview],
    ['/interviews/99/edit', ...unknownInterview],
    ['/questions/abc', ...question],
    ['/questions/0', ...question],
    ['/questions/abc/edit', ...question],
    ['/questions/99999999999/edit', ...question],
    ['/questions/99', ...unknownQuestion],
    ['/questions/99/edit', ...unknownQuestion],
  ])(
    '%s says “%s” (%s) and links back to %s',
    async (url, title, message, list) => {
      const el = await open(url);
      expect(el.querySelector('app-empty-state .title')?.textContent?.trim()).toBe(title);
      expect(el.querySelector('app-empty-state .muted')?.textContent?.trim()).toBe(message);
      expect(el.querySelector(`app-empty-state a[href="${list}"]`)).not.toBeNull();
      // Neither an empty "new" form nor a pointless retry.
      expect(el.querySelector('form')).toBeNull();
      expect(el.textContent).not.toContain('Retry');
    },
    20_000,
  );

  it('asks the API nothing for an address that holds no id', async () => {
    const harness = await RouterTestingHarness.create();
    await open('/interviews/abc/edit', harness);
    await open('/questions/0', harness);
    expect(fake.requests.filter((r) => /^\/api\/(interviews|questions)\//.test(r.path))).toEqual(
      [],
    );
  }, 20_000);
});
