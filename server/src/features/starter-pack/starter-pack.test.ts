import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { questions } from '../../db/schema.js';
import { starterPack } from '../../knowledge/starter-pack.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const pack = starterPack();

describe('GET /api/starter-pack', () => {
  it('lists every entry in pages, none imported yet', async () => {
    const res = await ctx.app.inject({ url: '/api/starter-pack' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: pack.length, skip: 0, limit: 50 });
    expect(body.data).toHaveLength(50);
    expect(body.data[0]).toEqual({
      id: pack[0]?.id,
      agent: pack[0]?.agent,
      question: pack[0]?.question,
      category: pack[0]?.category,
      difficulty: pack[0]?.difficulty,
      tags: pack[0]?.tags,
      summary: pack[0]?.summary,
      imported_question_id: null,
    });
    const last = await ctx.app.inject({ url: `/api/starter-pack?skip=${pack.length - 1}` });
    expect(last.json().data.map((e: { id: string }) => e.id)).toEqual([pack.at(-1)?.id]);
  });

  it('finds the closest entries first, and filters by agent and category', async () => {
    const found = await ctx.app.inject({ url: '/api/starter-pack?search=rate%20limiter&limit=3' });
    const ids = found.json().data.map((e: { id: string }) => e.id);
    expect(ids.slice(0, 2).sort()).toEqual(['coding-token-bucket-rate-limiter', 'sd-rate-limiter']);
    const coding = await ctx.app.inject({ url: '/api/starter-pack?agent=coding&limit=100' });
    const expected = pack.filter((e) => e.agent === 'coding').length;
    expect(coding.json().total).toBe(expected);
    expect(coding.json().data.every((e: { agent: string }) => e.agent === 'coding')).toBe(true);
    const leadership = await ctx.app.inject({ url: '/api/starter-pack?category=leadership' });
    expect(leadership.json().total).toBe(pack.filter((e) => e.category === 'leadership').length);
  });

  it.each([
    [
      'agent=wizard',
      'query/agent must be one of: product_manager, technical, architect, coding, behavioral, system_design',
    ],
    ['limit=101', 'query/limit must be 100 or less'],
  ])('rejects %s with a 400', async (qs, detail) => {
    const res = await ctx.app.inject({ url: `/api/starter-pack?${qs}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
  });
});

describe('GET /api/starter-pack/{entry_id}', () => {
  it('returns the entry with its model answer and follow-ups', async () => {
    const res = await ctx.app.inject({ url: '/api/starter-pack/coding-two-sum' });
    expect(res.statusCode).toBe(200);
    const entry = res.json();
    expect(entry.answer).toContain('```ts\n');
    expect(entry.answer).toContain('export function twoSum');
    expect(entry.follow_ups).toHaveLength(3);
  });

  it('is a 404 for an unknown entry', async () => {
    const res = await ctx.app.inject({ url: '/api/starter-pack/no-such-entry' });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('Starter-pack entry no-such-entry not found');
  });
});

describe('POST /api/starter-pack/import', () => {
  it('copies entries into the bank with their notes, once', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/starter-pack/import',
      payload: { ids: ['sd-url-shortener', 'coding-two-sum'] },
    });
    expect(res.statusCode).toBe(200);
    const { imported, skipped } = res.json();
    expect(skipped).toEqual([]);
    expect(imported.map((i: { id: string }) => i.id).sort()).toEqual([
      'coding-two-sum',
      'sd-url-shortener',
    ]);
    const twoSum = imported.find((i: { id: string }) => i.id === 'coding-two-sum');
    const [stored] = await ctx.database.db
      .select()
      .from(questions)
      .where(eq(questions.question_id, twoSum.question_id));
    const entry = pack.find((e) => e.id === 'coding-two-sum');
    expect(stored).toMatchObject({
      question_text: entry?.question,
      question_category: 'coding',
      answer_summary: entry?.summary,
      key_concepts: entry?.key_concepts,
      approach_steps: entry?.approach,
      common_mistakes: entry?.mistakes,
      follow_up_questions: entry?.follow_ups.map((f) => f.question),
      source: 'Starter pack',
      is_active: true,
    });
    expect(stored?.answer_markdown_content).toContain('export function twoSum');
    expect(stored?.answer_markdown_content).toContain('### Follow-up questions');

    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/starter-pack/import',
      payload: { ids: ['coding-two-sum'] },
    });
    expect(again.json()).toEqual({
      imported: [],
      skipped: [{ id: 'coding-two-sum', question_id: twoSum.question_id }],
    });
    const listed = await ctx.app.inject({ url: '/api/starter-pack/coding-two-sum' });
    expect(listed.json()).toMatchObject({
      id: 'coding-two-sum',
      imported_question_id: twoSum.question_id,
    });
  });

  it('imports a whole category, skipping what is already there', async () => {
    const category = pack.filter((e) => e.category === 'leadership');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/starter-pack/import',
      payload: { category: 'leadership' },
    });
    expect(res.json().imported).toHaveLength(category.length);
    const questionsOfCategory = await ctx.app.inject({
      url: '/api/questions/category/leadership?limit=100',
    });
    expect(questionsOfCategory.json()).toHaveLength(category.length);
  });

  it.each([
    [{}, 400, 'body must name ids, an agent or a category to import'],
    [{ ids: ['coding-two-sum', 'nope-1'] }, 404, 'Starter-pack entries not found: nope-1'],
    [{ ids: [] }, 400, 'body/ids must have at least 1 items'],
    [{ category: 'astrology' }, 400, expect.stringContaining('body/category must be one of')],
  ])('rejects %j, writing nothing', async (payload, status, detail) => {
    const before = await countRows(ctx.database, questions);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/starter-pack/import', payload });
    expect(res.statusCode).toBe(status);
    expect(res.json().detail).toEqual(detail);
    expect(await countRows(ctx.database, questions)).toBe(before);
  });
});
