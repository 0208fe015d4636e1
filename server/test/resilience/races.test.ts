// Requests that race each other on one row: creates of one name, links and unlinks of one
// question. The checks a service makes before writing cannot see a request running beside it;
// the database's constraints and the transactions around times_asked must still keep the rows
// and the figures right, and the loser must get the same answer as a client that came later.
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companies, interviewQuestions, questions, roles, skills } from '../../src/db/schema.js';
import { insertInterview, insertQuestion } from '../factories.js';
import { createTestApp, type TestContext } from '../test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const PARALLEL = 12;

const inParallel = <T>(n: number, run: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => run(i)));

const names = [
  {
    url: '/api/companies',
    field: 'company_name',
    id: 'company_id',
    table: companies,
    column: companies.company_name,
    detail: 'Company with this name already exists',
  },
  {
    url: '/api/roles',
    field: 'role_name',
    id: 'role_id',
    table: roles,
    column: roles.role_name,
    detail: 'Role with this name already exists',
  },
  {
    url: '/api/skills',
    field: 'skill_name',
    id: 'skill_id',
    table: skills,
    column: skills.skill_name,
    detail: 'Skill with this name already exists',
  },
];

describe('creates of one name at once', () => {
  it.each(names)('$url: one 201, the rest 400 conflict, one row', async (resource) => {
    for (const round of [0, 1, 2]) {
      const name = `Racing name ${round} ${Date.now()}`;
      // Differently cased spellings are one name too.
      const spellings = [name, name.toUpperCase(), name.toLowerCase()];
      const responses = await inParallel(PARALLEL, (i) =>
        ctx.app.inject({
          method: 'POST',
          url: resource.url,
          payload: { [resource.field]: spellings[i % spellings.length] },
        }),
      );
      const statuses = responses.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([201, ...Array(PARALLEL - 1).fill(400)]);
      for (const rejected of responses.filter((r) => r.statusCode === 400)) {
        expect(rejected.json()).toMatchObject({ detail: resource.detail, code: 'conflict' });
      }
      const [row] = await ctx.database.db
        .select({ n: count() })
        .from(resource.table)
        .where(sql`lower(${resource.column}) = ${name.toLowerCase()}`);
      expect(row?.n).toBe(1);
    }
  });

  it.each(names)(
    '$url: renames of rows to one name, one 200, the rest 400 conflict',
    async (resource) => {
      const created = await inParallel(PARALLEL, (i) =>
        ctx.app.inject({
          method: 'POST',
          url: resource.url,
          payload: { [resource.field]: `Before the rename ${i} ${Date.now()}` },
        }),
      );
      const ids = created.map((r) => (r.json() as Record<string, unknown>)[resource.id]);
      const name = `Renamed at once ${Date.now()}`;
      const responses = await inParallel(PARALLEL, (i) =>
        ctx.app.inject({
          method: 'PUT',
          url: `${resource.url}/${ids[i]}`,
          payload: { [resource.field]: name },
        }),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([
        200,
        ...Array(PARALLEL - 1).fill(400),
      ]);
      for (const rejected of responses.filter((r) => r.statusCode === 400)) {
        expect(rejected.json()).toMatchObject({ detail: resource.detail, code: 'conflict' });
      }
      const [row] = await ctx.database.db
        .select({ n: count() })
        .from(resource.table)
        .where(sql`lower(${resource.column}) = ${name.toLowerCase()}`);
      expect(row?.n).toBe(1);
    },
  );
});

async function timesAsked(questionId: number) {
  const [row] = await ctx.database.db
    .select({ times: questions.times_asked })
    .from(questions)
    .where(eq(questions.question_id, questionId));
  return row?.times;
}

async function links(questionId: number) {
  const [row] = await ctx.database.db
    .select({ n: count() })
    .from(interviewQuestions)
    .where(and(eq(interviewQuestions.question_id, questionId)));
  return row?.n ?? 0;
}

describe('links and unlinks of one question at once', () => {
  it('keeps times_asked equal to the number of links', async () => {
    const question = await insertQuestion(ctx.database);
    const interviews = await Promise.all([0, 1, 2].map(() => insertInterview(ctx.database)));
    const link = (i: number) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/interviews/${interviews[i % interviews.length]?.interview_id}/questions`,
        payload: { question_id: question.question_id },
      });

    const created = await inParallel(PARALLEL * 2, link);
    expect(created.map((r) => r.statusCode)).toEqual(Array(PARALLEL * 2).fill(201));
    expect(await links(question.question_id)).toBe(PARALLEL * 2);
    expect(await timesAsked(question.question_id)).toBe(PARALLEL * 2);

    // Every link deleted twice at once, while new links arrive: a delete that removed nothing
    // must not count. (Both deletes may answer 204: a DELETE is idempotent.)
    const ids = created.map(
      (r) => r.json() as { interview_id: number; interview_question_id: number },
    );
    const unlink = (i: number) => {
      const target = ids[Math.floor(i / 2)] as (typeof ids)[number];
      return ctx.app.inject({
        method: 'DELETE',
        url: `/api/interviews/${target.interview_id}/questions/${target.interview_question_id}`,
      });
    };
    const [deleted, added] = await Promise.all([
      inParallel(ids.length * 2, unlink),
      inParallel(PARALLEL, link),
    ]);
    for (const response of deleted) {
      expect([204, 404]).toContain(response.statusCode);
      if (response.statusCode === 404) expect(response.json()).toMatchObject({ code: 'not_found' });
    }
    expect(added.map((r) => r.statusCode)).toEqual(Array(PARALLEL).fill(201));
    expect(await links(question.question_id)).toBe(PARALLEL);
    expect(await timesAsked(question.question_id)).toBe(PARALLEL);

    // And back to none.
    const rest = added.map(
      (r) => r.json() as { interview_id: number; interview_question_id: number },
    );
    const last = await inParallel(rest.length * 2, (i) => {
      const target = rest[Math.floor(i / 2)] as (typeof rest)[number];
      return ctx.app.inject({
        method: 'DELETE',
        url: `/api/interviews/${target.interview_id}/questions/${target.interview_question_id}`,
      });
    });
    expect(last.map((r) => r.statusCode).every((s) => s === 204 || s === 404)).toBe(true);
    expect(await links(question.question_id)).toBe(0);
    expect(await timesAsked(question.question_id)).toBe(0);
  });
});
