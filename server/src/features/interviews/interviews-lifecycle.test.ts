// Dates in order, and the end of an interview's life: cancel, then delete for good.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkQuestion, makeInterview, makeQuestion, makeRound } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { interviewQuestions, interviewRounds, interviews, questions } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('date order', () => {
  it.each([
    [
      { application_date: '2024-12-01', offer_deadline: '2024-11-01' },
      'body/offer_deadline (2024-11-01) must not be before body/application_date (2024-12-01)',
    ],
    [
      { first_interview_date: '2024-12-10', final_interview_date: '2024-12-09' },
      'body/final_interview_date (2024-12-09) must not be before body/first_interview_date (2024-12-10)',
    ],
    [
      { offer_date: '2025-01-10', offer_deadline: '2025-01-09' },
      'body/offer_deadline (2025-01-09) must not be before body/offer_date (2025-01-10)',
    ],
    [
      { application_date: '2024-12-01', first_interview_date: '2024-11-30' },
      'body/first_interview_date (2024-11-30) must not be before body/application_date (2024-12-01)',
    ],
  ])('refuses %j on create, writing nothing', async (dates, detail) => {
    const before = await countRows(ctx.database, interviews);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/interviews',
      payload: { seniority_level: 'mid', ...dates },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ detail, code: 'validation_error' });
    expect(await countRows(ctx.database, interviews)).toBe(before);
  });

  it('checks an update against the dates already stored, and accepts the same day', async () => {
    const interview = await makeInterview(ctx.app, { application_date: '2024-12-01' });
    const url = `/api/interviews/${interview.interview_id}`;
    const early = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { offer_deadline: '2024-11-15' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toBe(
      'body/offer_deadline (2024-11-15) must not be before body/application_date (2024-12-01)',
    );
    const sameDay = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { offer_date: '2024-12-01', offer_deadline: '2024-12-01' },
    });
    expect(sameDay.statusCode).toBe(200);
    // Clearing the earlier date lifts the rule.
    const cleared = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { application_date: null, offer_date: null, offer_deadline: '2024-01-01' },
    });
    expect(cleared.statusCode).toBe(200);
  });
});

describe('DELETE /api/interviews/{id}?permanent=true', () => {
  it('refuses an interview that is not cancelled, and keeps it', async () => {
    const interview = await makeInterview(ctx.app);
    const res = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${interview.interview_id}?permanent=true`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'conflict',
      detail: `Interview ${interview.interview_id} is scheduled: cancel it before deleting it permanently`,
    });
    expect(
      (await ctx.app.inject({ url: `/api/interviews/${interview.interview_id}` })).statusCode,
    ).toBe(200);
  });

  it('removes a cancelled interview with its rounds and links, and takes back times_asked', async () => {
    const interview = await makeInterview(ctx.app);
    const id = interview.interview_id as number;
    const round = await makeRound(ctx.app, id);
    const question = await makeQuestion(ctx.app);
    const questionId = question.question_id as number;
    await linkQuestion(ctx.app, id, questionId, {
      round_id: round.round_id,
      answer_quality_rating: 8,
    });
    const other = await makeInterview(ctx.app);
    await linkQuestion(ctx.app, other.interview_id as number, questionId, {
      answer_quality_rating: 4,
    });

    expect(
      (await ctx.app.inject({ method: 'DELETE', url: `/api/interviews/${id}` })).statusCode,
    ).toBe(204);
    const gone = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${id}?permanent=true`,
    });
    expect(gone.statusCode).toBe(204);

    expect((await ctx.app.inject({ url: `/api/interviews/${id}` })).statusCode).toBe(404);
    const db = ctx.database.db;
    expect(
      await db.select().from(interviewRounds).where(eq(interviewRounds.interview_id, id)),
    ).toEqual([]);
    expect(
      await db.select().from(interviewQuestions).where(eq(interviewQuestions.interview_id, id)),
    ).toEqual([]);
    const [stored] = await db.select().from(questions).where(eq(questions.question_id, questionId));
    // Asked once more elsewhere; the rating now summarises that answer alone (4/10 → 2 of 5).
    expect(stored).toMatchObject({ times_asked: 1, average_rating: 2 });
  });
});
