import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, setupOwner } from '../../../test/accounts.js';
import {
  linkQuestion,
  makeCompany,
  makeInterview,
  makeQuestion,
  makeRole,
  makeRound,
  makeSkill,
} from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import type { App } from '../../app.js';
import { companies, interviews } from '../../db/schema.js';

let source: TestContext;
let target: TestContext;
beforeAll(async () => {
  [source, target] = await Promise.all([createTestApp(), createTestApp()]);
});
afterAll(async () => {
  await source?.close();
  await target?.close();
});

type Json = Record<string, unknown>;

async function getJson(app: App, url: string) {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
}

/** What a user sees: lists and stats, without ids and timestamps that an import renumbers. */
async function visible(app: App) {
  const interviewsList = await getJson(app, '/api/interviews?limit=100');
  const items = interviewsList.data as Json[];
  const details = await Promise.all(
    items.map((i) => getJson(app, `/api/interviews/${i.interview_id}`)),
  );
  const scrub = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value, (key, v) =>
        /(^|_)id$|_ids?$|^related_/.test(key) || key === 'question_id' ? undefined : v,
      ),
    );
  const timelines = await Promise.all(
    items.map((i) => getJson(app, `/api/interviews/${i.interview_id}/timeline`)),
  );
  return scrub({
    timelines,
    funnel: await getJson(app, '/api/stats/funnel'),
    due: await getJson(app, '/api/practice/due'),
    practice: await getJson(app, '/api/practice/stats'),
    companies: await getJson(app, '/api/companies?limit=100'),
    roles: await getJson(app, '/api/roles?limit=100'),
    skills: await getJson(app, '/api/skills?limit=100'),
    questions: await getJson(app, '/api/questions?limit=100'),
    details,
    stats: await getJson(app, '/api/stats/overview'),
    tasks: await getJson(app, '/api/tasks'),
  });
}

const exportOf = async (app: App) => {
  const res = await app.inject({ method: 'GET', url: '/api/export' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return res.json() as Json;
};

describe('export then import into an empty server', () => {
  it('gives the same lists and stats', async () => {
    const app = source.app;
    const company = await makeCompany(app, { company_name: 'Globex, "Intl"' });
    const role = await makeRole(app);
    const parent = await makeSkill(app, { skill_name: 'Databases' });
    await makeSkill(app, { skill_name: 'PostgreSQL', parent_skill_id: parent.skill_id });
    const interview = await makeInterview(app, {
      company_id: company.company_id,
      role_id: role.role_id,
      offer_deadline: '2030-01-10',
      interview_result: 'offer_received',
    });
    const id = interview.interview_id as number;
    const round = await makeRound(app, id, {
      round_name: 'Onsite',
      scheduled_date: '2030-01-02',
      scheduled_time: '10:00',
      timezone: 'Europe/Paris',
    });
    const question = await makeQuestion(app, { tags: ['sql', 'joins'] });
    await linkQuestion(app, id, question.question_id as number, {
      round_id: round.round_id,
      answer_quality_rating: 8,
    });
    await makeInterview(app, { seniority_level: 'junior' });
    // A history beyond creation (a stage moved, a round removed) and a practised question.
    const moved = await app.inject({
      method: 'PUT',
      url: `/api/interviews/${id}`,
      payload: { stage: 'offer' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const removed = await makeRound(app, id, { round_name: 'Phone screen' });
    const gone = await app.inject({
      method: 'DELETE',
      url: `/api/interviews/${id}/rounds/${removed.round_id}`,
    });
    expect(gone.statusCode, gone.body).toBeLessThan(300);
    const reviewed = await app.inject({
      method: 'POST',
      url: `/api/practice/${question.question_id}/reviews`,
      payload: { rating: 'good', answer_text: 'Joins match rows on keys' },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    await app.inject({
      method: 'POST',
      url: '/api/tasks',
      payload: { title: 'Thank the panel', due_date: '2030-01-03', interview_id: id },
    });

    const before = await visible(app);
    const document = await exportOf(app);
    expect(document.version).toBe(1);
    expect(document).toHaveProperty('exported_at');
    expect((document.interviews as Json[]).length).toBe(2);
    expect((document.timeline as Json[]).map((e) => e.field)).toContain('stage');
    expect((document.practice_reviews as Json[]).length).toBe(1);
    expect(JSON.stringify(document)).not.toContain('user_id');

    const imported = await target.app.inject({
      method: 'POST',
      url: '/api/import',
      payload: document,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().collections.interviews).toEqual({ created: 2, merged: 0 });

    expect(await visible(target.app)).toEqual(before);
    const skillsAfter = (await getJson(target.app, '/api/skills?limit=100')) as Json;
    const list = (skillsAfter.data ?? skillsAfter) as Json[];
    const pg = list.find((s) => s.skill_name === 'PostgreSQL');
    const db = list.find((s) => s.skill_name === 'Databases');
    expect(pg?.parent_skill_id).toBe(db?.skill_id);

    // A second restore into the now non-empty server is refused; a merge reuses the names.
    const again = await target.app.inject({
      method: 'POST',
      url: '/api/import',
      payload: document,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toMatch(/mode=merge/);

    const preview = await target.app.inject({
      method: 'POST',
      url: '/api/import?mode=merge&dry_run=true',
      payload: document,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().collections.companies).toEqual({ created: 0, merged: 1 });
    expect(preview.json().collections.interviews).toEqual({ created: 2, merged: 0 });
    expect(await countRows(target.database, interviews)).toBe(2);

    const merged = await target.app.inject({
      method: 'POST',
      url: '/api/import?mode=merge',
      payload: document,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(await countRows(target.database, companies)).toBe(1);
    expect(await countRows(target.database, interviews)).toBe(4);
  });
});

describe('POST /api/import refuses a bad document whole', () => {
  it('lists the problems with their paths and writes nothing', async () => {
    const ctx = await createTestApp();
    try {
      const document = {
        version: 1,
        companies: [{ company_id: 1, company_name: 'Fine Co' }],
        interviews: [
          { interview_id: 1, company_id: 1, seniority_level: 'senior' },
          { interview_id: 2, company_id: 9, seniority_level: 'senior' },
          { interview_id: 3, seniority_level: 'galactic' },
        ],
      };
      const res = await ctx.app.inject({ method: 'POST', url: '/api/import', payload: document });
      expect(res.statusCode).toBe(400);
      const { detail } = res.json();
      expect(detail).toContain('/interviews/2/seniority_level');
      expect(detail).toContain('/interviews/1/company_id: no record of companies with id 9');
      expect(await countRows(ctx.database, companies)).toBe(0);
      expect(await countRows(ctx.database, interviews)).toBe(0);

      // A database rule the shapes do not carry (question text of 10 characters or more)
      // rolls back what was already inserted.
      const late = await ctx.app.inject({
        method: 'POST',
        url: '/api/import',
        payload: {
          version: 1,
          companies: [{ company_id: 5, company_name: 'Early Co' }],
          questions: [{ question_id: 1, question_text: 'short', question_category: 'coding' }],
        },
      });
      expect(late.statusCode).toBe(400);
      expect(late.json().detail).toContain('/questions');
      expect(await countRows(ctx.database, companies)).toBe(0);

      const unknown = await ctx.app.inject({
        method: 'POST',
        url: '/api/import',
        payload: { version: 99, gadgets: [] },
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().detail).toMatch(/\/version.*\/gadgets/);
    } finally {
      await ctx.close();
    }
  }, 60_000); // builds an app of its own (migrations) inside the test
});

describe('export and import are per account', () => {
  it("exports only the caller's rows and imports into the caller's account", async () => {
    const ctx = await createTestApp({ env: { AUTH: 'password' } });
    try {
      const owner = await setupOwner(ctx.app);
      const member = await makeMember(ctx.app, owner);
      const made = await ctx.app.inject({
        method: 'POST',
        url: '/api/companies',
        headers: owner.headers,
        payload: { company_name: 'Owner Secret Co' },
      });
      expect(made.statusCode).toBe(201);
      const memberExport = await ctx.app.inject({
        method: 'GET',
        url: '/api/export',
        headers: member.headers,
      });
      expect(memberExport.body).not.toContain('Owner Secret Co');
      const ownerExport = await ctx.app.inject({
        method: 'GET',
        url: '/api/export',
        headers: owner.headers,
      });
      expect(ownerExport.body).toContain('Owner Secret Co');
      // The member's account is empty: the owner's document restores into it, as the member's.
      const restored = await ctx.app.inject({
        method: 'POST',
        url: '/api/import',
        headers: member.headers,
        payload: ownerExport.json(),
      });
      expect(restored.statusCode, restored.body).toBe(200);
      const memberCompanies = await ctx.app.inject({
        method: 'GET',
        url: '/api/companies',
        headers: member.headers,
      });
      expect(memberCompanies.body).toContain('Owner Secret Co');
    } finally {
      await ctx.close();
    }
  }, 60_000); // builds an app of its own (migrations) inside the test
});
