import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuestion, unique } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';
import { QUESTION_CATEGORIES, QUESTION_DIFFICULTIES, questions } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

type Row = Record<string, unknown> & { question_id: number };

/** A tag no other test uses, so a `tags=` filter sees exactly this test's rows. */
const freshTag = (prefix: string) => unique(prefix).replace(/\W/g, '');

async function list(qs: string) {
  const res = await ctx.app.inject({ url: `/api/questions?${qs}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; skip: number; limit: number; data: Row[] };
}

const ids = (rows: Row[]) => rows.map((row) => row.question_id);

describe('GET /api/questions', () => {
  it('answers an envelope with defaults skip=0, limit=20 and every field of each row', async () => {
    const tag = freshTag('env');
    const question = await makeQuestion(ctx.app, { tags: [tag], average_rating: 3.5 });
    const page = await list(`tags=${tag}`);
    expect(page).toEqual({
      total: 1,
      skip: 0,
      limit: 20,
      data: [{ ...question, truncated_fields: [] }],
    });
    const all = await list('');
    expect(all.limit).toBe(20);
    expect(all.data.length).toBeLessThanOrEqual(20);
  });

  it('filters by category and difficulty', async () => {
    const tag = freshTag('cat');
    const coding = await makeQuestion(ctx.app, {
      tags: [tag],
      question_category: 'coding',
      question_difficulty: 'easy',
    });
    const hard = await makeQuestion(ctx.app, {
      tags: [tag],
      question_category: 'coding',
      question_difficulty: 'hard',
    });
    await makeQuestion(ctx.app, { tags: [tag], question_category: 'product' });
    expect(
      ids((await list(`tags=${tag}&category=coding&sort_by=question_difficulty`)).data),
    ).toEqual([hard.question_id, coding.question_id]);
    expect(ids((await list(`tags=${tag}&category=coding&difficulty=easy`)).data)).toEqual([
      coding.question_id,
    ]);
  });

  it('searches text and context case-insensitively, taking % and _ literally', async () => {
    const marker = freshTag('qz');
    const byText = await makeQuestion(ctx.app, { question_text: `What is 100% ${marker} uptime?` });
    const byContext = await makeQuestion(ctx.app, { question_context: `About ${marker} CONTEXT` });
    await makeQuestion(ctx.app, { question_text: `What is 1000 ${marker} uptime?` });
    const search = (term: string) => list(`search=${encodeURIComponent(term)}&sort_by=created_at`);
    expect(ids((await search(`${marker} context`)).data)).toEqual([byContext.question_id]);
    expect(ids((await search(`0% ${marker}`)).data)).toEqual([byText.question_id]);
    expect((await search(`10_0 ${marker}`)).total).toBe(0);
  });

  it('requires every tag asked for, and takes a single tag as a list of one', async () => {
    const [a, b] = [freshTag('ta'), freshTag('tb')];
    const both = await makeQuestion(ctx.app, { tags: [a, b] });
    const onlyA = await makeQuestion(ctx.app, { tags: [a] });
    const bothAndMore = await makeQuestion(ctx.app, { tags: [b, 'extra', a] });
    await makeQuestion(ctx.app, { tags: [b] });
    expect(ids((await list(`tags=${a}&tags=${b}&order=asc`)).data)).toEqual([
      both.question_id,
      bothAndMore.question_id,
    ]);
    expect(ids((await list(`tags=${a}&order=asc`)).data)).toEqual([
      both.question_id,
      onlyA.question_id,
      bothAndMore.question_id,
    ]);
  });

  it('lists deleted questions only when is_active=false', async () => {
    const tag = freshTag('act');
    const live = await makeQuestion(ctx.app, { tags: [tag] });
    const gone = await makeQuestion(ctx.app, { tags: [tag] });
    await ctx.app.inject({ method: 'DELETE', url: `/api/questions/${gone.question_id}` });
    expect(ids((await list(`tags=${tag}`)).data)).toEqual([live.question_id]);
    expect(ids((await list(`tags=${tag}&is_active=true`)).data)).toEqual([live.question_id]);
    expect(ids((await list(`tags=${tag}&is_active=false`)).data)).toEqual([gone.question_id]);
  });

  it('pages with skip and limit and reports the total', async () => {
    const tag = freshTag('page');
    for (let i = 0; i < 3; i++) await makeQuestion(ctx.app, { tags: [tag] });
    const all = await list(`tags=${tag}`);
    const page = await list(`tags=${tag}&skip=1&limit=1`);
    expect(page).toMatchObject({ total: 3, skip: 1, limit: 1 });
    expect(ids(page.data)).toEqual([all.data[1]?.question_id]);
    const past = await list(`tags=${tag}&skip=3&limit=100`);
    expect(past).toEqual({ total: 3, skip: 3, limit: 100, data: [] });
  });

  it.each([
    ['limit=101', 'query/limit must be 100 or less'],
    ['limit=0', 'query/limit must be 1 or more'],
    ['skip=-1', 'query/skip must be 0 or more'],
    ['category=astrology', `query/category must be one of: ${QUESTION_CATEGORIES.join(', ')}`],
    ['difficulty=trivial', 'query/difficulty must be one of: easy, medium, hard, expert'],
    [
      'sort_by=question_text',
      'query/sort_by must be one of: created_at, times_asked, times_practiced, average_rating, question_difficulty',
    ],
    ['order=up', 'query/order must be one of: asc, desc'],
    ['is_active=maybe', 'query/is_active must be a boolean'],
  ])('rejects %s with a 400', async (qs, detail) => {
    const res = await ctx.app.inject({ url: `/api/questions?${qs}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
  });
});

describe('GET /api/questions sorting', () => {
  const SORTS = [
    'created_at',
    'times_asked',
    'times_practiced',
    'average_rating',
    'question_difficulty',
  ] as const;
  let tag: string;
  let rows: Row[];

  // Seven questions with ties in every sort column and NULL ratings, so only the id can settle
  // the order; three share one created_at to the microsecond.
  beforeAll(async () => {
    tag = freshTag('sort');
    const spec = [
      { question_difficulty: 'hard', times_practiced: 2, average_rating: 4.5 },
      { question_difficulty: 'easy', times_practiced: 0, average_rating: null },
      { question_difficulty: 'expert', times_practiced: 2, average_rating: 1 },
      { question_difficulty: 'medium', times_practiced: 5, average_rating: 4.5 },
      { question_difficulty: 'easy', times_practiced: 2, average_rating: null },
      { question_difficulty: 'hard', times_practiced: 0, average_rating: 9.99 },
      { question_difficulty: 'medium', times_practiced: 1, average_rating: 0 },
    ];
    const made: number[] = [];
    for (const fields of spec)
      made.push((await makeQuestion(ctx.app, { tags: [tag], ...fields })).question_id as number);
    const asked = [3, 0, 3, 1, 0, 3, 2];
    for (const [i, id] of made.entries()) {
      await ctx.database.db
        .update(questions)
        .set({ times_asked: asked[i] ?? 0 })
        .where(eq(questions.question_id, id));
    }
    await ctx.database.db
      .update(questions)
      .set({ created_at: new Date('2024-01-01T00:00:00.123Z') })
      .where(inArray(questions.question_id, made.slice(2, 5)));
    rows = (await list(`tags=${tag}&limit=100`)).data;
    expect(rows).toHaveLength(7);
  });

  function expected(sortBy: (typeof SORTS)[number], order: 'asc' | 'desc'): number[] {
    const sign = order === 'asc' ? 1 : -1;
    const key = (row: Row): number | null => {
      const value = row[sortBy];
      if (value === null) return null;
      if (sortBy === 'question_difficulty')
        return QUESTION_DIFFICULTIES.indexOf(value as (typeof QUESTION_DIFFICULTIES)[number]);
      if (sortBy === 'created_at') return Date.parse(value as string);
      return value as number;
    };
    return [...rows]
      .sort((x, y) => {
        const [a, b] = [key(x), key(y)];
        if (a !== b) {
          if (a === null) return 1; // NULLs last in both directions
          if (b === null) return -1;
          return (a - b) * sign;
        }
        return (x.question_id - y.question_id) * sign;
      })
      .map((row) => row.question_id);
  }

  it.each(
    SORTS.flatMap((sortBy) => (['asc', 'desc'] as const).map((order) => ({ sortBy, order }))),
  )('sorts by $sortBy $order, ties by id, pages never overlapping', async ({ sortBy, order }) => {
    const seen: number[] = [];
    let total = -1;
    for (let skip = 0; skip < 10; skip += 2) {
      const page = await list(`tags=${tag}&sort_by=${sortBy}&order=${order}&skip=${skip}&limit=2`);
      total = page.total;
      seen.push(...ids(page.data));
    }
    expect(total).toBe(7);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected(sortBy, order));
  });

  it('sorts difficulty in declared order, not alphabetically', async () => {
    const page = await list(`tags=${tag}&sort_by=question_difficulty&order=asc&limit=100`);
    expect(page.data.map((row) => row.question_difficulty)).toEqual([
      'easy',
      'easy',
      'medium',
      'medium',
      'hard',
      'hard',
      'expert',
    ]);
  });

  it('defaults to created_at descending', async () => {
    expect(ids((await list(`tags=${tag}`)).data)).toEqual(expected('created_at', 'desc'));
  });
});

describe('GET /api/questions/category/{category}', () => {
  it('returns active questions of the category, newest first, ties by id', async () => {
    const older = await makeQuestion(ctx.app, { question_category: 'brainteaser' });
    const tieA = await makeQuestion(ctx.app, { question_category: 'brainteaser' });
    const tieB = await makeQuestion(ctx.app, { question_category: 'brainteaser' });
    const deleted = await makeQuestion(ctx.app, { question_category: 'brainteaser' });
    const other = await makeQuestion(ctx.app, { question_category: 'leadership' });
    await ctx.app.inject({ method: 'DELETE', url: `/api/questions/${deleted.question_id}` });
    await ctx.database.db
      .update(questions)
      .set({ created_at: new Date('2999-01-01T00:00:00Z') })
      .where(
        inArray(questions.question_id, [tieA.question_id as number, tieB.question_id as number]),
      );

    const res = await ctx.app.inject({ url: '/api/questions/category/brainteaser?limit=100' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as Row[];
    expect(Array.isArray(body)).toBe(true);
    expect(body.every((q) => q.question_category === 'brainteaser' && q.is_active)).toBe(true);
    const mine = ids(body).filter((id) =>
      [older, tieA, tieB, deleted, other].some((q) => q.question_id === id),
    );
    expect(mine).toEqual([tieB.question_id, tieA.question_id, older.question_id]);
    expect(body[0]).toEqual({
      ...tieB,
      created_at: '2999-01-01T00:00:00.000Z',
      updated_at: expect.any(String),
    });

    const second = await ctx.app.inject({
      url: '/api/questions/category/brainteaser?skip=1&limit=1',
    });
    expect(ids(second.json())).toEqual([tieA.question_id]);
  });

  it('defaults to the first 50 rows', async () => {
    await ctx.database.db.insert(questions).values(
      Array.from({ length: 55 }, (_, i) => ({
        question_text: `Bulk technical question number ${i}`,
        question_category: 'technical' as const,
      })),
    );
    const res = await ctx.app.inject({ url: '/api/questions/category/technical/' });
    const all = await ctx.app.inject({ url: '/api/questions/category/technical?limit=100' });
    expect(res.statusCode).toBe(200);
    expect(all.json().length).toBeGreaterThan(50);
    expect(res.json()).toEqual(all.json().slice(0, 50));
  });

  it.each([
    ['astrology', `path/category must be one of: ${QUESTION_CATEGORIES.join(', ')}`],
    ['coding?limit=101', 'query/limit must be 100 or less'],
    ['coding?skip=-1', 'query/skip must be 0 or more'],
  ])('rejects %s with a 400', async (path, detail) => {
    const res = await ctx.app.inject({ url: `/api/questions/category/${path}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
  });
});
