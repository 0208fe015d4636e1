import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuestion, unique } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('PUT /api/questions/{question_id}', () => {
  it('changes only the fields sent and moves updated_at', async () => {
    const question = await makeQuestion(ctx.app, {
      question_difficulty: 'hard',
      question_context: 'Senior backend loop',
      key_concepts: ['Hashing'],
      tags: ['old'],
      author: 'Jane',
      average_rating: 4.25,
    });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/questions/${question.question_id}`,
      payload: {
        question_difficulty: 'expert',
        tags: ['new'],
        author: null,
        times_asked: 50,
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      ...question,
      question_difficulty: 'expert',
      tags: ['new'],
      author: null,
      updated_at: expect.stringMatching(ISO_Z),
    });
    expect(Date.parse(body.updated_at)).toBeGreaterThan(Date.parse(question.updated_at as string));
  });

  it('leaves a question as it is for an empty body', async () => {
    const question = await makeQuestion(ctx.app, { is_active: true, times_practiced: 2 });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/questions/${question.question_id}`,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(question);
  });

  it.each(
    (
      [
        [{ question_text: null }, 'body/question_text must not be null'],
        [{ question_category: null }, 'body/question_category must not be null'],
        [{ question_difficulty: null }, 'body/question_difficulty must not be null'],
        [{ is_active: null }, 'body/is_active must not be null'],
        [{ times_practiced: null }, 'body/times_practiced must not be null'],
        [{ question_text: 'Short' }, 'body/question_text must be at least 10 characters'],
        [{ time_to_answer_minutes: -5 }, 'body/time_to_answer_minutes must be 0 or more'],
        [{ diagram_url: 'x'.repeat(501) }, 'body/diagram_url must be at most 500 characters'],
      ] as [object, string][]
    ).map(([payload, detail]) => ({ payload, detail })),
  )('400 "$detail", changing nothing', async ({ payload, detail }) => {
    const question = await makeQuestion(ctx.app);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/questions/${question.question_id}`,
      payload: { answer_summary: 'should not be stored', ...payload },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
    const after = await ctx.app.inject({ url: `/api/questions/${question.question_id}` });
    expect(after.json()).toEqual(question);
  });

  it('refuses a question related to itself or to a missing one', async () => {
    const question = await makeQuestion(ctx.app);
    const url = `/api/questions/${question.question_id}`;
    const self = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { related_questions: [question.question_id] },
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().detail).toBe('body/related_questions must not include the question itself');
    const missing = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { related_questions: [999999] },
    });
    expect(missing.statusCode).toBe(404);
    expect((await ctx.app.inject({ url })).json()).toEqual(question);
  });

  it('is a 404 for an unknown id', async () => {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/questions/999999',
      payload: { answer_summary: 'x' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('Question 999999 not found');
  });
});

describe('DELETE /api/questions/{question_id}', () => {
  it('soft-deletes: readable by id, hidden from lists, idempotent, restorable', async () => {
    const tag = unique('del').replace(/\W/g, '');
    const question = await makeQuestion(ctx.app, { tags: [tag] });
    const id = question.question_id;
    const listed = async (qs = '') =>
      (await ctx.app.inject({ url: `/api/questions?tags=${tag}${qs}` }))
        .json()
        .data.map((q: { question_id: number }) => q.question_id);

    const res = await ctx.app.inject({ method: 'DELETE', url: `/api/questions/${id}` });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const after = await ctx.app.inject({ url: `/api/questions/${id}` });
    expect(after.statusCode).toBe(200);
    expect(after.json().is_active).toBe(false);
    expect(await listed()).toEqual([]);
    expect(await listed('&is_active=false')).toEqual([id]);

    const again = await ctx.app.inject({ method: 'DELETE', url: `/api/questions/${id}` });
    expect(again.statusCode).toBe(204);
    expect((await ctx.app.inject({ url: `/api/questions/${id}` })).json()).toEqual(after.json());

    const restored = await ctx.app.inject({
      method: 'PUT',
      url: `/api/questions/${id}`,
      payload: { is_active: true },
    });
    expect(restored.json().is_active).toBe(true);
    expect(await listed()).toEqual([id]);
  });

  it('is a 404 for an unknown id', async () => {
    const res = await ctx.app.inject({ method: 'DELETE', url: '/api/questions/999999' });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('Question 999999 not found');
  });
});
