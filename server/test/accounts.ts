// Accounts for tests of AUTH=password: the owner, members, their session cookies and tokens,
// made through the public API like every other factory.
import type { App } from '../src/app.js';
import { unique } from './factories.js';

export const PASSWORD = 'correct horse battery';

export interface Account {
  user_id: number;
  email: string;
  /** `its_session=…`, ready for a Cookie header. */
  cookie: string;
  /** Headers that authenticate a write with the cookie, as the app's own page sends them. */
  headers: Record<string, string>;
}

/** The `name=value` of the session cookie a response sets. */
export function sessionOf(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat()[0] ?? '';
  return header.split(';')[0] as string;
}

const asAccount = (user: { user_id: number; email: string }, cookie: string): Account => ({
  user_id: user.user_id,
  email: user.email,
  cookie,
  headers: { cookie, origin: 'http://localhost' },
});

/** Creates the owner through /api/auth/setup, signed in. */
export async function setupOwner(
  app: App,
  email = `${unique('owner').replace(/\W/g, '')}@example.com`,
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/setup',
    payload: { email, password: PASSWORD },
  });
  if (res.statusCode !== 201) throw new Error(`setup failed: ${res.statusCode} ${res.body}`);
  return asAccount(res.json(), sessionOf(res.headers['set-cookie']));
}

export async function login(app: App, email: string, password = PASSWORD) {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
}

/** A member created by the owner, then signed in. */
export async function makeMember(app: App, owner: Account): Promise<Account> {
  const email = `${unique('member').replace(/\W/g, '')}@example.com`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/users',
    headers: owner.headers,
    payload: { email, password: PASSWORD },
  });
  if (res.statusCode !== 201) throw new Error(`create user failed: ${res.statusCode} ${res.body}`);
  const signedIn = await login(app, email);
  return asAccount(res.json(), sessionOf(signedIn.headers['set-cookie']));
}

export async function makeToken(app: App, account: Account, name = 'script'): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/tokens',
    headers: account.headers,
    payload: { name },
  });
  if (res.statusCode !== 201) throw new Error(`token failed: ${res.statusCode} ${res.body}`);
  return res.json().token;
}

/** An app.inject that acts as the account (cookie and the app's own Origin). */
export const as =
  (app: App, account: Account) =>
  (options: {
    method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    payload?: unknown;
  }) =>
    app.inject({ ...options, headers: account.headers } as never);
