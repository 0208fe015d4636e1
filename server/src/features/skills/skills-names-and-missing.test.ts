// Skills: a name is taken whatever its case, a missing skill or parent is a 404 that names it,
// and a refused write leaves the table as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSkill, unique } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { skills } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('skill names are unique, case-insensitively', () => {
  it('refuses a new skill named like an existing one and writes nothing', async () => {
    const name = unique('Kubernetes');
    await makeSkill(ctx.app, { skill_name: name });
    const before = await countRows(ctx.database, skills);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/skills',
      payload: { skill_name: name.toUpperCase(), skill_category: 'Cloud' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      detail: 'Skill with this name already exists',
      code: 'conflict',
    });
    expect(await countRows(ctx.database, skills)).toBe(before);
  });

  it('refuses a rename onto another skill, changing nothing', async () => {
    const taken = await makeSkill(ctx.app);
    const skill = await makeSkill(ctx.app, { skill_description: 'Before' });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/skills/${skill.skill_id}`,
      payload: { skill_name: String(taken.skill_name).toLowerCase(), skill_description: 'After' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      detail: 'Skill with this name already exists',
      code: 'conflict',
    });
    expect((await ctx.app.inject({ url: `/api/skills/${skill.skill_id}` })).json()).toEqual(skill);
  });

  it('lets a skill keep its own name in another case', async () => {
    const skill = await makeSkill(ctx.app);
    const renamed = String(skill.skill_name).toUpperCase();
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/skills/${skill.skill_id}`,
      payload: { skill_name: renamed },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().skill_name).toBe(renamed);
  });
});

describe('a missing skill is a 404 naming it', () => {
  it.each([
    ['GET', undefined],
    ['PUT', { skill_description: 'x' }],
    ['DELETE', undefined],
  ])('%s /api/skills/999999', async (method, payload) => {
    const before = await countRows(ctx.database, skills);
    const res = await ctx.app.inject({
      method: method as 'GET' | 'PUT' | 'DELETE',
      url: '/api/skills/999999',
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ detail: 'Skill 999999 not found', code: 'not_found' });
    expect(await countRows(ctx.database, skills)).toBe(before);
  });
});

describe('a parent skill must exist and not be the skill itself', () => {
  it('refuses a skill as its own parent with a 400 naming the field, changing nothing', async () => {
    const skill = await makeSkill(ctx.app);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/skills/${skill.skill_id}`,
      payload: { parent_skill_id: skill.skill_id, skill_description: 'Changed' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      detail: 'body/parent_skill_id must not be the skill itself',
      code: 'validation_error',
    });
    expect((await ctx.app.inject({ url: `/api/skills/${skill.skill_id}` })).json()).toEqual(skill);
  });

  it('refuses a missing parent on update, changing nothing', async () => {
    const skill = await makeSkill(ctx.app);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/skills/${skill.skill_id}`,
      payload: { parent_skill_id: 999999 },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      detail: 'Parent skill 999999 not found',
      code: 'not_found',
    });
    expect((await ctx.app.inject({ url: `/api/skills/${skill.skill_id}` })).json()).toEqual(skill);
  });

  it('moves a skill under another parent, and off it with null', async () => {
    const [first, second] = [await makeSkill(ctx.app), await makeSkill(ctx.app)];
    const child = await makeSkill(ctx.app, { parent_skill_id: first.skill_id });
    const url = `/api/skills/${child.skill_id}`;
    const moved = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { parent_skill_id: second.skill_id },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parent_skill_id).toBe(second.skill_id);
    const orphaned = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { parent_skill_id: null },
    });
    expect(orphaned.statusCode).toBe(200);
    expect(orphaned.json().parent_skill_id).toBeNull();
  });

  it('an empty update changes nothing, updated_at included', async () => {
    const skill = await makeSkill(ctx.app);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/skills/${skill.skill_id}`,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(skill);
  });
});

describe('GET /api/skills search', () => {
  it('matches the description as well as the name, case-insensitively', async () => {
    const marker = unique('mk').replace(/\W/g, '');
    const byName = await makeSkill(ctx.app, { skill_name: `Rust ${marker}` });
    const byDescription = await makeSkill(ctx.app, {
      skill_description: `Used for ${marker} pipelines`,
    });
    await makeSkill(ctx.app, { skill_description: 'Unrelated' });
    const res = await ctx.app.inject({ url: `/api/skills?search=${marker.toUpperCase()}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((s: { skill_id: number }) => s.skill_id)).toEqual([
      byName.skill_id,
      byDescription.skill_id,
    ]);
  });
});
