// Roles: a rename onto another role's name (any case) is refused, an empty save changes
// nothing, and a missing role is a 404 that names it; a refused write leaves the row as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRole } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { roles } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('PUT /api/roles/{role_id}', () => {
  it('refuses a rename onto another role, whatever its case, changing nothing', async () => {
    const taken = await makeRole(ctx.app);
    const role = await makeRole(ctx.app, { role_category: 'Data' });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/roles/${role.role_id}`,
      payload: { role_name: String(taken.role_name).toUpperCase(), role_category: 'Changed' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      detail: 'Role with this name already exists',
      code: 'conflict',
    });
    expect((await ctx.app.inject({ url: `/api/roles/${role.role_id}` })).json()).toEqual(role);
  });

  it('lets a role keep its own name in another case', async () => {
    const role = await makeRole(ctx.app);
    const renamed = String(role.role_name).toLowerCase();
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/roles/${role.role_id}`,
      payload: { role_name: renamed },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().role_name).toBe(renamed);
  });

  it('answers the role as it is for an empty body, updated_at included', async () => {
    const role = await makeRole(ctx.app, { typical_skills: ['SQL'] });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/roles/${role.role_id}`,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(role);
  });
});

describe('a missing role is a 404 naming it', () => {
  it.each([
    ['GET', undefined],
    ['PUT', { role_category: 'x' }],
    ['DELETE', undefined],
  ])('%s /api/roles/999999', async (method, payload) => {
    const before = await countRows(ctx.database, roles);
    const res = await ctx.app.inject({
      method: method as 'GET' | 'PUT' | 'DELETE',
      url: '/api/roles/999999',
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ detail: 'Role 999999 not found', code: 'not_found' });
    expect(await countRows(ctx.database, roles)).toBe(before);
  });
});
