// Logging in and out, the owner's first sign-in, passwords, tokens, the origin check of cookie
// writes, and the login limits, with AUTH=password.
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
  as,
  login,
  makeMember,
  makeToken,
  PASSWORD,
  sessionOf,
  setupOwner,
} from '../../../test/accounts.js';
import { makeCompany } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { apiTokens, companies, sessions, users } from '../../db/schema.js';

describe('AUTH=none', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => ctx?.close());

  it('says so, and the account routes answer 404 with the reason', async () => {
    const status = await ctx.app.inject({ url: '/api/auth/status' });
    expect(status.json()).toEqual({ auth_mode: 'none', setup_required: false, user: null });
    const res = await login(ctx.app, 'ada@example.com');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toMatch(/^Accounts are off on this server \(AUTH=none\)/);
    expect((await ctx.app.inject({ url: '/api/users' })).statusCode).toBe(404);
    expect(await countRows(ctx.database, sessions)).toBe(0);
  });
});

describe('POST /api/auth/setup', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ env: { AUTH: 'password' } });
  });
  afterAll(async () => ctx?.close());

  it('asks for the owner until one exists, then creates them signed in', async () => {
    const before = await ctx.app.inject({ url: '/api/auth/status' });
    expect(before.json()).toEqual({ auth_mode: 'password', setup_required: true, user: null });
    const short = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { email: 'owner@example.com', password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().detail).toBe('body/password must be at least 10 characters');
    expect(await countRows(ctx.database, users)).toBe(0);

    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { email: 'Owner@Example.com', password: PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      user_id: expect.any(Number),
      email: 'owner@example.com',
      role: 'owner',
      disabled_at: null,
      created_at: expect.any(String),
    });
    expect(res.headers['set-cookie']).toMatch(
      /^its_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=2592000$/,
    );
    const cookie = sessionOf(res.headers['set-cookie']);
    const after = await ctx.app.inject({ url: '/api/auth/status', headers: { cookie } });
    expect(after.json()).toMatchObject({ setup_required: false, user: { role: 'owner' } });
    // The hash is argon2id, and the session id is stored only as its SHA-256.
    const [stored] = await ctx.database.db.select().from(users);
    expect(stored?.password_hash).toMatch(/^\$argon2id\$/);
    const [session] = await ctx.database.db.select().from(sessions);
    expect(session?.session_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(cookie).not.toContain(session?.session_hash);
  });

  it('refuses a second owner', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { email: 'second@example.com', password: PASSWORD },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'conflict',
      detail: 'The owner account already exists: log in instead',
    });
    expect(await countRows(ctx.database, users)).toBe(1);
  });
});

describe('AUTH=password', () => {
  let ctx: TestContext;
  let owner: Account;
  beforeAll(async () => {
    ctx = await createTestApp({ env: { AUTH: 'password' } });
    owner = await setupOwner(ctx.app);
  });
  afterAll(async () => ctx?.close());

  describe('without credentials', () => {
    it.each([
      ['GET', '/api/companies'],
      ['POST', '/api/interviews'],
      ['GET', '/api/stats/overview'],
      ['GET', '/api/auth/me'],
      ['GET', '/api/agents/available'],
    ] as const)('%s %s is a 401 with detail', async (method, url) => {
      const res = await ctx.app.inject({
        method,
        url,
        payload: method === 'POST' ? {} : undefined,
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({
        code: 'unauthorized',
        detail: 'Log in first (POST /api/auth/login), or send Authorization: Bearer <token>',
      });
    });

    it.each(['/api/health', '/api/ready', '/openapi.json', '/docs', '/redoc', '/'])(
      '%s stays public',
      async (url) => {
        const res = await ctx.app.inject({ url, headers: { accept: 'application/json' } });
        expect(res.statusCode).toBe(200);
      },
    );

    it('a made-up session cookie or token is a 401 that says which', async () => {
      const cookie = await ctx.app.inject({
        url: '/api/companies',
        headers: { cookie: 'its_session=nope' },
      });
      expect(cookie.json().detail).toBe('Your session has ended: log in again');
      const bearer = await ctx.app.inject({
        url: '/api/companies',
        headers: { authorization: 'Bearer its_nope' },
      });
      expect(bearer.statusCode).toBe(401);
      expect(bearer.json().detail).toMatch(/^The Bearer token is not valid/);
      // Another scheme is not a way around the origin check with the cookie behind it.
      const basic = await ctx.app.inject({
        method: 'POST',
        url: '/api/companies',
        headers: { authorization: 'Basic YTpi', cookie: owner.cookie },
        payload: { company_name: 'Basic Inc' },
      });
      expect(basic.statusCode).toBe(401);
    });
  });

  describe('login and logout', () => {
    it('gives the same 401 for an unknown email and a wrong password', async () => {
      const unknown = await login(ctx.app, 'nobody@example.com');
      const wrong = await login(ctx.app, owner.email, 'not the password');
      for (const res of [unknown, wrong]) {
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({
          code: 'unauthorized',
          detail: 'Wrong email or password',
        });
        expect(res.headers['set-cookie']).toBeUndefined();
      }
    });

    it('signs in whatever the case of the email, and logout ends that session', async () => {
      const res = await login(ctx.app, owner.email.toUpperCase());
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ email: owner.email, role: 'owner' });
      expect(res.json()).not.toHaveProperty('password_hash');
      const cookie = sessionOf(res.headers['set-cookie']);
      const me = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } });
      expect(me.json()).toMatchObject({ user_id: owner.user_id });

      const out = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie, origin: 'http://localhost' },
      });
      expect(out.statusCode).toBe(204);
      expect(out.headers['set-cookie']).toMatch(/^its_session=; Path=\/; .*Max-Age=0/);
      const after = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } });
      expect(after.statusCode).toBe(401);
      expect(after.json().detail).toBe('Your session has ended: log in again');
      // The owner's other session is untouched.
      expect((await as(ctx.app, owner)({ url: '/api/auth/me' })).statusCode).toBe(200);
    });

    it('marks the cookie Secure behind a trusted HTTPS proxy, and only then', async () => {
      const proxied = await createTestApp({ env: { AUTH: 'password', TRUST_PROXY: 'true' } });
      try {
        const created = await setupOwner(proxied.app, 'proxy@example.com');
        expect(created.cookie).toMatch(/^its_session=/);
        const https = await proxied.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'x-forwarded-proto': 'https' },
          payload: { email: 'proxy@example.com', password: PASSWORD },
        });
        expect(https.headers['set-cookie']).toMatch(/; Secure$/);
      } finally {
        await proxied.close();
      }
      // Not trusted: anyone could send the header.
      const direct = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: owner.email, password: PASSWORD },
      });
      expect(direct.headers['set-cookie']).not.toMatch(/Secure/);
    }, 120_000);
  });

  describe('session lifetime', () => {
    const DAY = 24 * 3_600_000;
    async function freshSession() {
      const cookie = sessionOf((await login(ctx.app, owner.email)).headers['set-cookie']);
      const [row] = await ctx.database.db
        .select()
        .from(sessions)
        .orderBy(desc(sessions.created_at))
        .limit(1);
      return { cookie, hash: row?.session_hash as string };
    }
    const setSession = (hash: string, values: { created_at?: Date; expires_at?: Date }) =>
      ctx.database.db.update(sessions).set(values).where(eq(sessions.session_hash, hash));
    const expiryOf = async (hash: string) =>
      (
        await ctx.database.db.select().from(sessions).where(eq(sessions.session_hash, hash))
      )[0]?.expires_at.getTime() ?? 0;

    it('ends a session past its expiry', async () => {
      const { cookie, hash } = await freshSession();
      await setSession(hash, { expires_at: new Date(Date.now() - 1000) });
      const res = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } });
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toBe('Your session has ended: log in again');
    });

    it('slides a used session to a week ahead, never past 30 days after login', async () => {
      const { cookie, hash } = await freshSession();
      await setSession(hash, { expires_at: new Date(Date.now() + DAY) });
      await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } });
      expect(await expiryOf(hash)).toBeGreaterThan(Date.now() + 6.9 * DAY);

      const loggedIn = Date.now() - 29 * DAY;
      await setSession(hash, {
        created_at: new Date(loggedIn),
        expires_at: new Date(Date.now() + 1000 * 60),
      });
      expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
        200,
      );
      expect(await expiryOf(hash)).toBe(loggedIn + 30 * DAY);
    });
  });

  describe('PUT /api/auth/password', () => {
    it('refuses a wrong current password and a short new one, changing nothing', async () => {
      const member = await makeMember(ctx.app, owner);
      const put = (payload: object) =>
        as(ctx.app, member)({ method: 'PUT', url: '/api/auth/password', payload });
      const wrong = await put({ current_password: 'nope', new_password: 'a new long password' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().detail).toBe('body/current_password is not your current password');
      const short = await put({ current_password: PASSWORD, new_password: 'short' });
      expect(short.json().detail).toBe('body/new_password must be at least 10 characters');
      expect((await login(ctx.app, member.email)).statusCode).toBe(200);
    });

    it('changes it, ends the other sessions and keeps this one', async () => {
      const member = await makeMember(ctx.app, owner);
      const other = sessionOf((await login(ctx.app, member.email)).headers['set-cookie']);
      const token = await makeToken(ctx.app, member);
      const res = await as(
        ctx.app,
        member,
      )({
        method: 'PUT',
        url: '/api/auth/password',
        payload: { current_password: PASSWORD, new_password: 'a new long password' },
      });
      expect(res.statusCode).toBe(204);
      expect((await as(ctx.app, member)({ url: '/api/auth/me' })).statusCode).toBe(200);
      const ended = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: other } });
      expect(ended.statusCode).toBe(401);
      // Tokens are for scripts and stay.
      const scripted = await ctx.app.inject({
        url: '/api/auth/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(scripted.statusCode).toBe(200);
      expect((await login(ctx.app, member.email)).statusCode).toBe(401);
      expect((await login(ctx.app, member.email, 'a new long password')).statusCode).toBe(200);
    });
  });

  describe('tokens', () => {
    it('shows a token once, lists it without it, accepts it on any route until revoked', async () => {
      const member = await makeMember(ctx.app, owner);
      const created = await as(
        ctx.app,
        member,
      )({
        method: 'POST',
        url: '/api/auth/tokens',
        payload: { name: ' calendar sync ' },
      });
      expect(created.statusCode).toBe(201);
      const { token, token_id } = created.json();
      expect(token).toMatch(/^its_[\w-]{43}$/);
      expect(created.json()).toMatchObject({
        name: 'calendar sync',
        token_prefix: token.slice(0, 12),
      });
      const [stored] = await ctx.database.db
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.token_id, token_id));
      expect(stored?.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored?.token_hash).not.toContain(token.slice(4));

      const bearer = { authorization: `Bearer ${token}` };
      // A Bearer write needs no Origin: no page can send the token for the user.
      const write = await ctx.app.inject({
        method: 'POST',
        url: '/api/companies',
        headers: { ...bearer, origin: 'https://evil.example' },
        payload: { company_name: 'Scripted Inc' },
      });
      expect(write.statusCode).toBe(201);
      const listed = await as(ctx.app, member)({ url: '/api/auth/tokens' });
      expect(listed.json()).toEqual([
        {
          token_id,
          name: 'calendar sync',
          token_prefix: token.slice(0, 12),
          created_at: expect.any(String),
          last_used_at: expect.any(String),
        },
      ]);

      // Another user cannot see or revoke it.
      const stranger = await as(
        ctx.app,
        owner,
      )({
        method: 'DELETE',
        url: `/api/auth/tokens/${token_id}`,
      });
      expect(stranger.statusCode).toBe(404);
      expect(stranger.json().detail).toBe(`Token ${token_id} not found`);

      const revoked = await as(
        ctx.app,
        member,
      )({
        method: 'DELETE',
        url: `/api/auth/tokens/${token_id}`,
      });
      expect(revoked.statusCode).toBe(204);
      const after = await ctx.app.inject({ url: '/api/companies', headers: bearer });
      expect(after.statusCode).toBe(401);
    });

    it('refuses a blank name, writing nothing', async () => {
      const before = await countRows(ctx.database, apiTokens);
      const res = await as(
        ctx.app,
        owner,
      )({
        method: 'POST',
        url: '/api/auth/tokens',
        payload: { name: '   ' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toBe('body/name must not be blank');
      expect(await countRows(ctx.database, apiTokens)).toBe(before);
    });
  });

  describe('cookie writes from another origin', () => {
    const payload = () => ({ company_name: `Origin check ${Math.random()}` });

    it.each([
      ['another origin', { origin: 'https://evil.example' }],
      ['Origin null', { origin: 'null' }],
      ['no Origin, Sec-Fetch-Site or Referer', {}],
      ['a cross-site fetch without Origin', { 'sec-fetch-site': 'cross-site' }],
      ['a Referer on another origin', { referer: 'https://evil.example/page' }],
    ])('are refused with %s, writing nothing', async (_name, extra) => {
      const before = await countRows(ctx.database, companies);
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/companies',
        headers: { cookie: owner.cookie, ...extra },
        payload: payload(),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden' });
      expect(res.json().detail).toMatch(/^A write with the session cookie must come from this app/);
      expect(await countRows(ctx.database, companies)).toBe(before);
    });

    it.each([
      ['its own Origin', { origin: 'http://localhost:8000', host: 'localhost:8000' }],
      ['Sec-Fetch-Site same-origin', { 'sec-fetch-site': 'same-origin' }],
      ['a Referer on its own origin', { referer: 'http://localhost/companies' }],
    ])('are accepted with %s', async (_name, extra) => {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/companies',
        headers: { cookie: owner.cookie, ...extra },
        payload: payload(),
      });
      expect(res.statusCode).toBe(201);
    });

    it('lets a cookie read through without an Origin', async () => {
      const res = await ctx.app.inject({
        url: '/api/companies',
        headers: { cookie: owner.cookie },
      });
      expect(res.statusCode).toBe(200);
    });
  });

  it('a disabled user cannot log in, and what they held stops working', async () => {
    const member = await makeMember(ctx.app, owner);
    const token = await makeToken(ctx.app, member);
    await makeCompany(ctx.app).catch(() => undefined);
    const disabled = await as(
      ctx.app,
      owner,
    )({
      method: 'PUT',
      url: `/api/users/${member.user_id}`,
      payload: { disabled: true },
    });
    expect(disabled.json().disabled_at).toEqual(expect.any(String));
    const again = await login(ctx.app, member.email);
    expect(again.statusCode).toBe(401);
    expect(again.json().detail).toBe('This account is disabled: ask the owner');
    expect((await as(ctx.app, member)({ url: '/api/companies' })).statusCode).toBe(401);
    const scripted = await ctx.app.inject({
      url: '/api/companies',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(scripted.statusCode).toBe(401);
    const db = ctx.database.db;
    expect(await db.select().from(sessions).where(eq(sessions.user_id, member.user_id))).toEqual(
      [],
    );
    expect(await db.select().from(apiTokens).where(eq(apiTokens.user_id, member.user_id))).toEqual(
      [],
    );
  });
});

describe('login limits', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({
      env: {
        AUTH: 'password',
        ADMIN_EMAIL: 'admin@example.com',
        ADMIN_PASSWORD: PASSWORD,
        LOGIN_RATE_LIMIT: '3/min',
      },
    });
  });
  afterAll(async () => ctx?.close());

  it('creates the owner from ADMIN_EMAIL and ADMIN_PASSWORD at start', async () => {
    const status = await ctx.app.inject({ url: '/api/auth/status' });
    expect(status.json()).toMatchObject({ setup_required: false });
    const [owner] = await ctx.database.db.select().from(users);
    expect(owner).toMatchObject({ email: 'admin@example.com', role: 'owner' });
  });

  it('answers 429 with Retry-After past the limit for one address', async () => {
    const from = (i: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '192.0.2.10',
        payload: { email: `guess${i}@example.com`, password: 'guess' },
      });
    for (let i = 0; i < 3; i++) expect((await from(i)).statusCode).toBe(401);
    const limited = await from(3);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
    expect(limited.json().detail).toMatch(
      /^Too many login attempts from this address: at most 3 per minute; retry in/,
    );
  });

  it('answers 429 past the limit for one account, whatever the address', async () => {
    const attempt = (i: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `198.51.100.${i}`,
        payload: { email: i % 2 ? 'ADMIN@example.com' : 'admin@example.com', password: 'guess' },
      });
    for (let i = 0; i < 3; i++) expect((await attempt(i)).statusCode).toBe(401);
    const limited = await attempt(3);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json().detail).toMatch(/^Too many login attempts for this account/);
    // Even the right password waits.
    const right = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '203.0.113.9',
      payload: { email: 'admin@example.com', password: PASSWORD },
    });
    expect(right.statusCode).toBe(429);
  });
});
