import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { routes } from '../../app.routes';
import type { AuthStatus, User } from '../api/api-types';
import { RELOAD_AT } from './session';

const owner: User = {
  user_id: 1,
  email: 'owner@example.com',
  role: 'owner',
  disabled_at: null,
  created_at: '2026-11-01T10:00:00Z',
};
const member: User = { ...owner, user_id: 2, email: 'member@example.com', role: 'member' };

const noAccounts: AuthStatus = { auth_mode: 'none', setup_required: false, user: null };
const loggedOut: AuthStatus = { auth_mode: 'password', setup_required: false, user: null };
const noOwnerYet: AuthStatus = { auth_mode: 'password', setup_required: true, user: null };
const as = (user: User): AuthStatus => ({ auth_mode: 'password', setup_required: false, user });

describe('which screens open, by what the server says of accounts', () => {
  let fake: FakeFetch;
  let reloads: string[];

  beforeEach(() => {
    fake = new FakeFetch();
    reloads = [];
    fake.on('GET', '/api/interviews', () => json({ total: 0, skip: 0, limit: 20, data: [] }));
    fake.on('GET', /^\/api\/(companies|roles)$/, () => json([]));
    fake.on('GET', '/api/users', () => json([owner, member]));
    fake.on('GET', '/api/auth/tokens', () => json([]));
    TestBed.configureTestingModule({
      providers: [
        ...testProviders(fake),
        provideRouter(routes, withComponentInputBinding()),
        { provide: RELOAD_AT, useValue: (url: string) => reloads.push(url) },
      ],
    });
  });

  const withStatus = (status: AuthStatus) => fake.on('GET', '/api/auth/status', () => json(status));

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await flush();
    harness.detectChanges();
    await harness.fixture.whenStable();
    return {
      harness,
      url: TestBed.inject(Router).url,
      el: harness.routeNativeElement as HTMLElement,
    };
  }

  it.each([
    ['no accounts (AUTH=none)', () => withStatus(noAccounts)],
    ['a server that cannot say', () => fake.on('GET', '/api/auth/status', () => json({}, 500))],
    ['a logged-in user', () => withStatus(as(member))],
  ])(
    'with %s, a screen opens where it was asked for',
    async (_, arrange) => {
      arrange();
      expect((await open('/interviews?status=scheduled')).url).toBe('/interviews?status=scheduled');
    },
    15_000,
  );

  it('logged out, a screen sends to the login page, keeping its address as next', async () => {
    withStatus(loggedOut);
    const { url, el } = await open('/interviews/3');
    expect(url).toBe('/login?next=%2Finterviews%2F3');
    expect(el.querySelector('h1')?.textContent).toContain('Log in');
  });

  it('logged out, the home page sends to the login page, then to the dashboard', async () => {
    withStatus(loggedOut);
    expect((await open('/')).url).toBe('/login?next=%2Fdashboard');
  });

  it.each(['/dashboard', '/login'])(
    'before the owner exists, %s sends to “create the owner account”',
    async (start) => {
      withStatus(noOwnerYet);
      const { url, el } = await open(start);
      expect(url).toBe('/setup');
      expect(el.querySelector('h1')?.textContent).toContain('Create the owner account');
    },
  );

  it.each([
    ['no accounts', noAccounts, '/'],
    ['a logged-out server', loggedOut, '/login'],
    ['a logged-in owner', as(owner), '/'],
  ])('with %s, the setup page is not open (sends to %s)', async (_, status, target) => {
    withStatus(status);
    const { url } = await open('/setup');
    expect(url).toBe(target === '/' ? '/dashboard' : target);
  });

  it('the login page, already logged in, goes on to next', async () => {
    withStatus(as(member));
    expect((await open('/login?next=%2Finterviews%3Fstatus%3Dscheduled')).url).toBe(
      '/interviews?status=scheduled',
    );
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example'])(
    'never follows a next that leaves the app (%s)',
    async (next) => {
      withStatus(as(member));
      expect((await open(`/login?next=${encodeURIComponent(next)}`)).url).toBe('/dashboard');
    },
  );

  it('without accounts, the login page is not shown', async () => {
    withStatus(noAccounts);
    expect((await open('/login?next=%2Froom')).url).toBe('/room');
  });

  it.each(['/account/tokens', '/account/password', '/users'])(
    'without accounts, %s is not there: the dashboard opens',
    async (url) => {
      withStatus(noAccounts);
      expect((await open(url)).url).toBe('/dashboard');
    },
  );

  it('the users page is the owner’s: a member goes to the dashboard', async () => {
    withStatus(as(member));
    expect((await open('/users')).url).toBe('/dashboard');
  });

  it('the owner sees the users page with every account', async () => {
    withStatus(as(owner));
    const { url, el } = await open('/users');
    expect(url).toBe('/users');
    expect(el.textContent).toContain('member@example.com');
    expect(el.querySelectorAll('[data-testid="user-disable"]')).toHaveLength(1);
  });
});
