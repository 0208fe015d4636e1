import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInterview, makeRole, unique } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { roles } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const names = (body: { role_name: string }[]) => body.map((r) => r.role_name);

describe('roles', () => {
  it('creates a role with its typical skills and reads it back', async () => {
    const payload = {
      role_name: unique('Senior Software Engineer'),
      role_category: 'Engineering',
      role_description: 'Senior engineer position',
      typical_skills: ['Python', 'JavaScript', 'AWS', 'Docker'],
    };
    const res = await ctx.app.inject({ method: 'POST', url: '/api/roles', payload });
    expect(res.statusCode).toBe(201);
    const role = res.json();
    expect(role).toEqual({
      role_id: expect.any(Number),
      ...payload,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const got = await ctx.app.inject({ url: `/api/roles/${role.role_id}/` });
    expect(got.json()).toEqual(role);
  });

  it.each([
    [{ role_name: 'Backend', typical_skills: 'Python' }, 'body/typical_skills must be an array'],
    [{ role_name: 'Backend', typical_skills: ['ok', 3] }, 'body/typical_skills/1 must be a string'],
    [
      { role_name: 'Backend', role_category: 'x'.repeat(101) },
      'body/role_category must be at most 100 characters',
    ],
    [{ role_category: 'Engineering' }, 'body/role_name is required'],
  ])('rejects %j and writes nothing', async (payload, detail) => {
    const before = await countRows(ctx.database, roles);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/roles', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
    expect(await countRows(ctx.database, roles)).toBe(before);
  });

  it('refuses a duplicate name with the contract message', async () => {
    const role = await makeRole(ctx.app);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/roles',
      payload: { role_name: role.role_name },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe('Role with this name already exists');
  });

  it('filters by exact category and searches name and description', async () => {
    const marker = unique('cat').replace(/\W/g, '');
    const eng = await makeRole(ctx.app, { role_category: `Eng${marker}` });
    await makeRole(ctx.app, { role_category: `Eng${marker}2` });
    const byDescription = await makeRole(ctx.app, { role_description: `Owns ${marker} pipelines` });
    const category = await ctx.app.inject({ url: `/api/roles?category=Eng${marker}` });
    expect(names(category.json())).toEqual([eng.role_name]);
    const search = await ctx.app.inject({ url: `/api/roles?search=${marker.toUpperCase()} PIPE` });
    expect(names(search.json())).toEqual([byDescription.role_name]);
  });

  it('updates only the fields sent', async () => {
    const role = await makeRole(ctx.app, { role_category: 'Data', typical_skills: ['SQL'] });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/roles/${role.role_id}`,
      payload: { role_description: 'Builds pipelines' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      role_category: 'Data',
      typical_skills: ['SQL'],
      role_description: 'Builds pipelines',
    });
  });

  it('deletes an unreferenced role, refuses a referenced one', async () => {
    const free = await makeRole(ctx.app);
    expect(
      (await ctx.app.inject({ method: 'DELETE', url: `/api/roles/${free.role_id}` })).statusCode,
    ).toBe(204);
    expect((await ctx.app.inject({ url: `/api/roles/${free.role_id}` })).statusCode).toBe(404);

    const used = await makeRole(ctx.app);
    const usedBy = await makeInterview(ctx.app, { role_id: used.role_id });
    const refused = await ctx.app.inject({ method: 'DELETE', url: `/api/roles/${used.role_id}` });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toBe(
      `Role "${used.role_name}" is still used by 1 interview: #${usedBy.interview_id} (${used.role_name}); reassign or delete them first`,
    );
    expect((await ctx.app.inject({ url: `/api/roles/${used.role_id}` })).statusCode).toBe(200);
  });
});
