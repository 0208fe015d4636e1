// The owner manages the accounts; the first owner adopts what was written without accounts,
// and turning accounts off again keeps showing the owner's tracker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
  as,
  login,
  makeMember,
  PASSWORD,
  setupOwner,
} from '../../../test/accounts.js';
import { makeCompany } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { users } from '../../db/schema.js';

describe('/api/users', () => {
  let ctx: TestContext;
  let owner: Account;
  beforeAll(async () => {
    ctx = await createTestApp({ env: { AUTH: 'password' } });
    owner = await setupOwner(ctx.app);
  });
  afterAll(async () => ctx?.close());

  it('creates members, lists everyone and never shows a hash', async () => {
    const created = await as(
      ctx.app,
      owner,
    )({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'Grace@Example.com', password: PASSWORD },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      user_id: expect.any(Number),
      email: 'grace@example.com',
      role: 'member',
      disabled_at: null,
      created_at: expect.any(String),
    });
    const listed = await as(ctx.app, owner)({ url: '/api/users' });
    expect(listed.json().map((u: { email: string }) => u.email)).toEqual([
      owner.email,
      'grace@example.com',
    ]);
    expect(listed.body).not.toContain('argon2');
  });

  it.each([
    [{ email: 'GRACE@example.com', password: PASSWORD }, 'A user with this email already exists'],
    [{ email: 'not-an-email', password: PASSWORD }, 'body/email must be an email address'],
    [
      { email: 'new@example.com', password: 'short' },
      'body/password must be at least 10 characters',
    ],
    [
      { email: 'new@example.com', password: PASSWORD, role: 'owner' },
      'body/role is not a field of this request',
    ],
  ])('refuses %j, writing nothing', async (payload, detail) => {
    await as(
      ctx.app,
      owner,
    )({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'grace@example.com', password: PASSWORD },
    });
    const before = await countRows(ctx.database, users);
    const res = await as(ctx.app, owner)({ method: 'POST', url: '/api/users', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain(detail);
    expect(await countRows(ctx.database, users)).toBe(before);
  });

  it('disables and enables a member, and sets a forgotten password', async () => {
    const member = await makeMember(ctx.app, owner);
    const put = (payload: object) =>
      as(ctx.app, owner)({ method: 'PUT', url: `/api/users/${member.user_id}`, payload });
    expect((await put({ disabled: true })).json().disabled_at).toEqual(expect.any(String));
    expect((await login(ctx.app, member.email)).statusCode).toBe(401);
    expect((await put({ disabled: false })).json().disabled_at).toBeNull();
    const back = await login(ctx.app, member.email);
    expect(back.statusCode).toBe(200);

    const reset = await put({ password: 'a forgotten one reset' });
    expect(reset.statusCode).toBe(200);
    expect((await as(ctx.app, member)({ url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await login(ctx.app, member.email)).statusCode).toBe(401);
    expect((await login(ctx.app, member.email, 'a forgotten one reset')).statusCode).toBe(200);
  });

  it('keeps the owner from disabling themselves, and 404s an unknown user', async () => {
    const self = await as(
      ctx.app,
      owner,
    )({
      method: 'PUT',
      url: `/api/users/${owner.user_id}`,
      payload: { disabled: true },
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().detail).toBe('body/disabled: the owner cannot disable their own account');
    expect((await as(ctx.app, owner)({ url: '/api/auth/me' })).json().disabled_at).toBeNull();
    const unknown = await as(
      ctx.app,
      owner,
    )({
      method: 'PUT',
      url: '/api/users/999999',
      payload: { disabled: true },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('User 999999 not found');
  });
});

describe('turning accounts on and off on one database', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => ctx?.close());

  const appWith = (env: Record<string, string>) =>
    buildApp({
      config: { ...loadConfig(env), dataDir: 'memory://', logLevel: 'silent' },
      database: ctx.database,
      logger: false,
    });

  it('gives the rows written without accounts to the owner, and only to them', async () => {
    const before = await makeCompany(ctx.app, { company_name: 'Written before accounts' });
    const accounts = await appWith({ AUTH: 'password', LOGIN_RATE_LIMIT: 'off' });
    try {
      const owner = await setupOwner(accounts);
      const mine = await as(accounts, owner)({ url: `/api/companies/${before.company_id}` });
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toEqual(before);
      const member = await makeMember(accounts, owner);
      const theirs = await as(accounts, member)({ url: `/api/companies/${before.company_id}` });
      expect(theirs.statusCode).toBe(404);
      await as(
        accounts,
        owner,
      )({
        method: 'POST',
        url: '/api/companies',
        payload: { company_name: 'Written by the owner' },
      });
    } finally {
      await accounts.close();
    }
    // Accounts off again: the tracker is the owner's, as it was.
    const local = await appWith({ AUTH: 'none' });
    try {
      const names = (await local.inject({ url: '/api/companies' }))
        .json()
        .map((c: { company_name: string }) => c.company_name);
      expect(names).toEqual(['Written before accounts', 'Written by the owner']);
    } finally {
      await local.close();
    }
  });
});
