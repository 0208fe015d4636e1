import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSkill, unique } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { skills } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const ids = (body: { skill_id: number }[]) => body.map((s) => s.skill_id);

describe('skills', () => {
  it('creates a skill with the documented example and defaults', async () => {
    const payload = {
      skill_name: unique('Python'),
      skill_category: 'Programming Language',
      skill_type: 'Technical',
      skill_description: 'High-level programming language',
      is_trending: true,
      market_demand: 'high',
    };
    const res = await ctx.app.inject({ method: 'POST', url: '/api/skills/', payload });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      skill_id: expect.any(Number),
      ...payload,
      proficiency_levels: null,
      related_skills: null,
      parent_skill_id: null,
      average_salary_impact_percentage: null,
      learning_resources: null,
      official_documentation_url: null,
      is_active: true,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
  });

  it('returns numeric columns as JSON numbers, 0 included', async () => {
    const zero = await makeSkill(ctx.app, { average_salary_impact_percentage: 0 });
    const pct = await makeSkill(ctx.app, { average_salary_impact_percentage: 12.5 });
    expect(zero.average_salary_impact_percentage).toBe(0);
    const got = await ctx.app.inject({ url: `/api/skills/${pct.skill_id}` });
    expect(got.json().average_salary_impact_percentage).toBe(12.5);
  });

  it.each([
    [{ skill_name: 'Go', is_trending: 'yes' }, 'body/is_trending must be a boolean'],
    [{ skill_name: 'Go', is_active: null }, 'body/is_active must not be null'],
    [
      { skill_name: 'Go', market_demand: 'x'.repeat(21) },
      'body/market_demand must be at most 20 characters',
    ],
    [
      { skill_name: 'Go', average_salary_impact_percentage: 1000 },
      'body/average_salary_impact_percentage must be 999.99 or less',
    ],
  ])('rejects %j and writes nothing', async (payload, detail) => {
    const before = await countRows(ctx.database, skills);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/skills', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
    expect(await countRows(ctx.database, skills)).toBe(before);
  });

  it('checks that a parent skill exists and is not the skill itself', async () => {
    const before = await countRows(ctx.database, skills);
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/skills',
      payload: { skill_name: unique('Child'), parent_skill_id: 999999 },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toBe('Parent skill 999999 not found');
    expect(await countRows(ctx.database, skills)).toBe(before);
    const parent = await makeSkill(ctx.app);
    const child = await makeSkill(ctx.app, { parent_skill_id: parent.skill_id });
    expect(child.parent_skill_id).toBe(parent.skill_id);
    const self = await ctx.app.inject({
      method: 'PUT',
      url: `/api/skills/${child.skill_id}`,
      payload: { parent_skill_id: child.skill_id },
    });
    expect(self.statusCode).toBe(400);
  });

  it('documents the 404 a create answers for a missing parent (found by the generated-input test)', async () => {
    const document = (await ctx.app.inject({ url: '/openapi.json' })).json();
    expect(Object.keys(document.paths['/api/skills'].post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '404']),
    );
  });

  it('lists active skills only, filtered by category and is_trending', async () => {
    const category = unique('Cloud');
    const trending = await makeSkill(ctx.app, { skill_category: category, is_trending: true });
    const steady = await makeSkill(ctx.app, { skill_category: category });
    const retired = await makeSkill(ctx.app, { skill_category: category, is_active: false });
    const all = await ctx.app.inject({
      url: `/api/skills?category=${encodeURIComponent(category)}`,
    });
    expect(ids(all.json()).sort()).toEqual([trending.skill_id, steady.skill_id].sort());
    const hot = await ctx.app.inject({
      url: `/api/skills?category=${encodeURIComponent(category)}&is_trending=true`,
    });
    expect(ids(hot.json())).toEqual([trending.skill_id]);
    const cold = await ctx.app.inject({
      url: `/api/skills?category=${encodeURIComponent(category)}&is_trending=false`,
    });
    expect(ids(cold.json())).toEqual([steady.skill_id]);
    expect(
      (await ctx.app.inject({ url: `/api/skills/${retired.skill_id}` })).json().is_active,
    ).toBe(false);
    const bad = await ctx.app.inject({ url: '/api/skills?is_trending=maybe' });
    expect(bad.statusCode).toBe(400);
  });

  it('a partial update leaves unsent flags alone', async () => {
    const skill = await makeSkill(ctx.app, { is_trending: true, is_active: false });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/skills/${skill.skill_id}`,
      payload: { skill_description: 'Now described' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      is_trending: true,
      is_active: false,
      skill_description: 'Now described',
    });
  });

  it('deletes a skill; its children lose their parent', async () => {
    const parent = await makeSkill(ctx.app);
    const child = await makeSkill(ctx.app, { parent_skill_id: parent.skill_id });
    const res = await ctx.app.inject({ method: 'DELETE', url: `/api/skills/${parent.skill_id}` });
    expect(res.statusCode).toBe(204);
    expect(
      (await ctx.app.inject({ url: `/api/skills/${child.skill_id}` })).json().parent_skill_id,
    ).toBeNull();
  });
});
