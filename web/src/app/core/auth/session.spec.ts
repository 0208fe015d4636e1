import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { routes } from '../../app.routes';
import type { User } from '../api/api-types';
import { loginUrl, RELOAD_AT, Session, safeNext } from './session';

const ada: User = {
  user_id: 2,
  email: 'ada@example.com',
  role: 'member',
  disabled_at: null,
  created_at: '2026-11-01T10:00:00Z',
};
const bob: User = { ...ada, user_id: 3, email: 'bob@example.com' };

describe('Session', () => {
  let fake: FakeFetch;
  let reloads: string[];
  let sessionValid: boolean;

  beforeEach(() => {
    fake = new FakeFetch();
    reloads = [];
    sessionValid = true;
    const gate = (body: unknown) => () =>
      sessionValid ? json(body) : json({ detail: 'Log in to use this', code: 'unauthorized' }, 401);
    fake.on('GET', '/api/auth/status', () =>
      json({ auth_mode: 'password', setup_required: false, user: sessionValid ? ada : null }),
    );
    fake.on('GET', '/api/interviews', gate({ total: 0, skip: 0, limit: 20, data: [] }));
    fake.on('GET', /^\/api\/(companies|roles)$/, gate([]));
    fake.on('GET', '/api/auth/tokens', gate([]));
    TestBed.configureTestingModule({
      providers: [
        ...testProviders(fake),
        provideRouter(routes, withComponentInputBinding()),
        { provide: RELOAD_AT, useValue: (url: string) => reloads.push(url) },
      ],
    });
  });

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await flush();
    harness.detectChanges();
    await harness.fixture.whenStable();
    return harness;
  }

  async function settle(harness: RouterTestingHarness) {
    await flush();
    harness.detectChanges();
    await harness.fixture.whenStable();
    await flush();
    harness.detectChanges();
  }

  const url = () => TestBed.inject(Router).url;

  it('a 401 from any request brings the login page, with the address to come back to', async () => {
    const harness = await open('/account/tokens');
    expect(url()).toBe('/account/tokens');
    // The session expires on the server; the next request a page makes is refused.
    sessionValid = false;
    await TestBed.inject(Router).navigateByUrl('/companies?search=acme');
    await settle(harness);
    expect(url()).toBe('/login?next=%2Fcompanies%3Fsearch%3Dacme');
    expect(TestBed.inject(Session).user()).toBeNull();
  }, 15_000);

  it('logging in again goes back to that address, in the same page for the same person', async () => {
    fake.on('POST', '/api/auth/login', () => json(ada));
    sessionValid = false;
    const harness = await open('/interviews/3');
    expect(url()).toBe('/login?next=%2Finterviews%2F3');
    const el = harness.routeNativeElement as HTMLElement;
    type(el, 'login-email', 'ada@example.com');
    type(el, 'login-password', 'correct horse');
    sessionValid = true;
    el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')!.click();
    await settle(harness);
    expect(fake.requests.find((r) => r.method === 'POST')?.body).toEqual({
      email: 'ada@example.com',
      password: 'correct horse',
    });
    expect(url()).toBe('/interviews/3');
    expect(reloads).toEqual([]);
  });

  it('someone else logging in at this browser starts from a fresh page (nothing of the last user stays)', async () => {
    fake.on('POST', '/api/auth/login', () => json(bob));
    const harness = await open('/room');
    sessionValid = false;
    await TestBed.inject(Router).navigateByUrl('/interviews');
    await settle(harness);
    expect(url()).toBe('/login?next=%2Finterviews');
    const el = harness.routeNativeElement as HTMLElement;
    type(el, 'login-email', 'bob@example.com');
    type(el, 'login-password', 'another one');
    el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')!.click();
    await settle(harness);
    expect(reloads).toEqual(['/interviews']);
  });

  it('wrong credentials are said by the button, and the page stays', async () => {
    fake.on('POST', '/api/auth/login', () =>
      json({ detail: 'Wrong email or password', code: 'unauthorized' }, 401),
    );
    sessionValid = false;
    const harness = await open('/login?next=%2Froom');
    const el = harness.routeNativeElement as HTMLElement;
    type(el, 'login-email', 'ada@example.com');
    type(el, 'login-password', 'nope');
    el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')!.click();
    await settle(harness);
    expect(el.querySelector('[data-testid="login-error"]')?.textContent).toContain(
      'Wrong email or password',
    );
    expect(url()).toBe('/login?next=%2Froom');
  });

  it('sends nothing while a field is empty', async () => {
    sessionValid = false;
    const harness = await open('/login');
    const el = harness.routeNativeElement as HTMLElement;
    el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')!.click();
    await settle(harness);
    expect(fake.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(el.textContent).toContain('Required');
  });

  it('logging out ends the session on the server, then reloads at the login page', async () => {
    fake.on('POST', '/api/auth/logout', () => new Response(null, { status: 204 }));
    await open('/interviews');
    await TestBed.inject(Session).logout();
    expect(fake.requests.some((r) => r.method === 'POST' && r.path === '/api/auth/logout')).toBe(
      true,
    );
    expect(reloads).toEqual(['/login']);
  });

  it.each([
    ['/interviews/3?tab=rounds', '/login?next=%2Finterviews%2F3%3Ftab%3Drounds'],
    ['/', '/login'],
    ['/login?next=%2Froom', '/login'],
  ])('the login address for %s is %s', (from, to) => {
    expect(loginUrl(from)).toBe(to);
  });

  it.each([
    ['/interviews/3', '/interviews/3'],
    [undefined, '/'],
    ['', '/'],
    ['interviews', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
  ])('next %s is followed as %s', (next, to) => {
    expect(safeNext(next)).toBe(to);
  });
});

function type(el: HTMLElement, testId: string, value: string): void {
  const input = el.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}
