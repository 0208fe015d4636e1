import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertQuestion, linkQuestion, makeInterview, makeRound } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { interviewQuestions, questions } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const newInterviewId = async () => (await makeInterview(ctx.app)).interview_id as number;

async function questionRow(questionId: number) {
  const [row] = await ctx.database.db
    .select()
    .from(questions)
    .where(eq(questions.question_id, questionId));
  return row;
}

describe('POST /api/interviews/{interview_id}/questions', () => {
  it('links a question, returns the link with the question, and counts it as asked', async () => {
    const interviewId = await newInterviewId();
    const round = await makeRound(ctx.app, interviewId);
    const question = await insertQuestion(ctx.database, {
      question_difficulty: 'hard',
      times_asked: 2,
    });
    const payload = {
      question_id: question.question_id,
      round_id: round.round_id,
      was_asked: false,
      order_asked: 1,
      candidate_answer: 'I would start by clarifying requirements...',
      answer_quality_rating: 10,
      time_taken_minutes: 0,
      interviewer_feedback: 'Nice',
      what_went_well: 'Structure',
      what_could_improve: 'Analytics',
      was_prepared: true,
      preparation_notes: 'Practised twice',
      confidence_level: 1,
      follow_up_questions_asked: ['How would you scale it?'],
      follow_up_answers: ['Sharding'],
    };
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/interviews/${interviewId}/questions`,
      payload: { ...payload, interview_id: await newInterviewId() },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      interview_question_id: expect.any(Number),
      interview_id: interviewId,
      ...payload,
      question_text: question.question_text,
      question_category: 'system_design',
      question_difficulty: 'hard',
      created_at: expect.stringMatching(ISO_Z),
      updated_at: expect.stringMatching(ISO_Z),
    });
    const after = await questionRow(question.question_id);
    expect(after?.times_asked).toBe(3);
    // A statistic, not an edit of the question.
    expect(after?.updated_at).toEqual(question.updated_at);
  });

  it('applies the defaults and accepts a trailing slash', async () => {
    const interviewId = await newInterviewId();
    const question = await insertQuestion(ctx.database);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/interviews/${interviewId}/questions/`,
      payload: { question_id: question.question_id },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      round_id: null,
      was_asked: true,
      was_prepared: false,
      order_asked: null,
      answer_quality_rating: null,
      follow_up_answers: null,
    });
  });

  it.each([
    [{}, 'body/question_id is required'],
    [{ question_id: null }, 'body/question_id must not be null'],
    [{ answer_quality_rating: 11 }, 'body/answer_quality_rating must be 10 or less'],
    [{ answer_quality_rating: 0 }, 'body/answer_quality_rating must be 1 or more'],
    [{ confidence_level: 11 }, 'body/confidence_level must be 10 or less'],
    [{ confidence_level: 2.5 }, 'body/confidence_level must be a whole number'],
    [{ time_taken_minutes: -1 }, 'body/time_taken_minutes must be 0 or more'],
    [{ order_asked: 0 }, 'body/order_asked must be 1 or more'],
    [{ was_asked: null }, 'body/was_asked must not be null'],
    [{ was_prepared: 'yes' }, 'body/was_prepared must be a boolean'],
  ])('rejects %j with a 400, links nothing and counts nothing', async (fields, detail) => {
    const interviewId = await newInterviewId();
    const question = await insertQuestion(ctx.database);
    const before = await countRows(ctx.database, interviewQuestions);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/interviews/${interviewId}/questions`,
      payload:
        'question_id' in fields || Object.keys(fields).length === 0
          ? fields
          : { question_id: question.question_id, ...fields },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ detail, code: 'validation_error' });
    expect(await countRows(ctx.database, interviewQuestions)).toBe(before);
    expect((await questionRow(question.question_id))?.times_asked).toBe(0);
  });

  it('is a 404 for an unknown question, interview or a round of another interview', async () => {
    const interviewId = await newInterviewId();
    const question = await insertQuestion(ctx.database);
    const foreignRound = await makeRound(ctx.app, await newInterviewId());
    const before = await countRows(ctx.database, interviewQuestions);
    const cases = [
      [interviewId, { question_id: 999999 }, 'Question 999999 not found'],
      [999999, { question_id: question.question_id }, 'Interview 999999 not found'],
      [
        interviewId,
        { question_id: question.question_id, round_id: foreignRound.round_id },
        `Round ${foreignRound.round_id} not found in interview ${interviewId}`,
      ],
      [
        interviewId,
        { question_id: question.question_id, round_id: 999999 },
        `Round 999999 not found in interview ${interviewId}`,
      ],
    ] as const;
    for (const [id, payload, detail] of cases) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: `/api/interviews/${id}/questions`,
        payload,
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ detail, code: 'not_found' });
    }
    expect(await countRows(ctx.database, interviewQuestions)).toBe(before);
    expect((await questionRow(question.question_id))?.times_asked).toBe(0);
  });
});

describe('GET /api/interviews/{interview_id}/questions', () => {
  it('lists this interview’s links in the order asked, unordered ones last', async () => {
    const interviewId = await newInterviewId();
    const q = await insertQuestion(ctx.database, { question_category: 'coding' });
    const second = await linkQuestion(ctx.app, interviewId, q.question_id, { order_asked: 2 });
    const loose = await linkQuestion(ctx.app, interviewId, q.question_id);
    const first = await linkQuestion(ctx.app, interviewId, q.question_id, { order_asked: 1 });
    await linkQuestion(ctx.app, await newInterviewId(), q.question_id, { order_asked: 1 });
    const res = await ctx.app.inject({ url: `/api/interviews/${interviewId}/questions` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([first, second, loose]);
    expect(res.json()[0]).toMatchObject({
      question_text: q.question_text,
      question_category: 'coding',
    });
    expect((await questionRow(q.question_id))?.times_asked).toBe(4);
  });

  it('is a 404 for an unknown interview', async () => {
    const res = await ctx.app.inject({ url: '/api/interviews/999999/questions/' });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('Interview 999999 not found');
  });
});

describe('GET /api/interviews/{interview_id}/questions/{interview_question_id}', () => {
  it('returns the link, and a 404 through another interview', async () => {
    const interviewId = await newInterviewId();
    const q = await insertQuestion(ctx.database);
    const link = await linkQuestion(ctx.app, interviewId, q.question_id);
    const id = link.interview_question_id;
    const res = await ctx.app.inject({ url: `/api/interviews/${interviewId}/questions/${id}` });
    expect(res.json()).toEqual(link);
    const other = await newInterviewId();
    const foreign = await ctx.app.inject({ url: `/api/interviews/${other}/questions/${id}` });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe(`Interview question ${id} not found in interview ${other}`);
  });
});

describe('PUT /api/interviews/{interview_id}/questions/{interview_question_id}', () => {
  it('changes only the fields sent, never the question, and moves updated_at', async () => {
    const interviewId = await newInterviewId();
    const round = await makeRound(ctx.app, interviewId);
    const q = await insertQuestion(ctx.database);
    const otherQ = await insertQuestion(ctx.database);
    const link = await linkQuestion(ctx.app, interviewId, q.question_id, {
      was_prepared: true,
      candidate_answer: 'Old',
      what_went_well: 'Pace',
    });
    const payload = { round_id: round.round_id, answer_quality_rating: 9, candidate_answer: null };
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${interviewId}/questions/${link.interview_question_id}`,
      payload: { ...payload, question_id: otherQ.question_id },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({ ...link, ...payload, updated_at: expect.stringMatching(ISO_Z) });
    expect(Date.parse(body.updated_at)).toBeGreaterThan(Date.parse(link.updated_at as string));
    expect((await questionRow(otherQ.question_id))?.times_asked).toBe(0);
  });

  it('clears the round with null', async () => {
    const interviewId = await newInterviewId();
    const round = await makeRound(ctx.app, interviewId);
    const q = await insertQuestion(ctx.database);
    const link = await linkQuestion(ctx.app, interviewId, q.question_id, {
      round_id: round.round_id,
    });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${interviewId}/questions/${link.interview_question_id}`,
      payload: { round_id: null },
    });
    expect(res.json().round_id).toBeNull();
  });

  it('refuses a foreign round, bad values and another interview, changing nothing', async () => {
    const interviewId = await newInterviewId();
    const q = await insertQuestion(ctx.database);
    const link = await linkQuestion(ctx.app, interviewId, q.question_id);
    const url = `/api/interviews/${interviewId}/questions/${link.interview_question_id}`;
    const foreignRound = await makeRound(ctx.app, await newInterviewId());
    const cases = [
      [
        url,
        { round_id: foreignRound.round_id },
        404,
        `Round ${foreignRound.round_id} not found in interview ${interviewId}`,
      ],
      [url, { confidence_level: 0 }, 400, 'body/confidence_level must be 1 or more'],
      [url, { was_asked: null }, 400, 'body/was_asked must not be null'],
      [
        `/api/interviews/${await newInterviewId()}/questions/${link.interview_question_id}`,
        { candidate_answer: 'hijack' },
        404,
        undefined,
      ],
    ] as const;
    for (const [target, payload, status, detail] of cases) {
      const res = await ctx.app.inject({
        method: 'PUT',
        url: target,
        payload: { ...payload, what_went_well: 'x' },
      });
      expect(res.statusCode).toBe(status);
      if (detail) expect(res.json().detail).toBe(detail);
    }
    expect((await ctx.app.inject({ url })).json()).toEqual(link);
  });
});

describe('DELETE /api/interviews/{interview_id}/questions/{interview_question_id}', () => {
  it('unlinks the question and takes it back from times_asked', async () => {
    const interviewId = await newInterviewId();
    const q = await insertQuestion(ctx.database);
    const link = await linkQuestion(ctx.app, interviewId, q.question_id);
    expect((await questionRow(q.question_id))?.times_asked).toBe(1);
    const url = `/api/interviews/${interviewId}/questions/${link.interview_question_id}`;
    const res = await ctx.app.inject({ method: 'DELETE', url });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await ctx.app.inject({ url })).statusCode).toBe(404);
    expect((await questionRow(q.question_id))?.times_asked).toBe(0);
  });

  it('never takes times_asked below 0', async () => {
    const interviewId = await newInterviewId();
    const q = await insertQuestion(ctx.database);
    const link = await linkQuestion(ctx.app, interviewId, q.question_id);
    await ctx.database.db
      .update(questions)
      .set({ times_asked: 0 })
      .where(eq(questions.question_id, q.question_id));
    const res = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${interviewId}/questions/${link.interview_question_id}`,
    });
    expect(res.statusCode).toBe(204);
    expect((await questionRow(q.question_id))?.times_asked).toBe(0);
  });

  it('is a 404 through another interview or for an unknown link, and deletes nothing', async () => {
    const interviewId = await newInterviewId();
    const q = await insertQuestion(ctx.database);
    const link = await linkQuestion(ctx.app, interviewId, q.question_id);
    const before = await countRows(ctx.database, interviewQuestions);
    const foreign = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${await newInterviewId()}/questions/${link.interview_question_id}`,
    });
    expect(foreign.statusCode).toBe(404);
    const unknown = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${interviewId}/questions/999999`,
    });
    expect(unknown.statusCode).toBe(404);
    expect(await countRows(ctx.database, interviewQuestions)).toBe(before);
    expect((await questionRow(q.question_id))?.times_asked).toBe(1);
  });
});
