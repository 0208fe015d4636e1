import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertQuestion, linkQuestion, makeInterview, makeRound } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { interviewQuestions, interviewRounds } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const newInterviewId = async () => (await makeInterview(ctx.app)).interview_id as number;

describe('POST /api/interviews/{interview_id}/rounds', () => {
  it('creates a round under the path interview and returns every stored field', async () => {
    const interviewId = await newInterviewId();
    const otherId = await newInterviewId();
    const payload = {
      round_number: 2,
      round_name: 'Technical Phone Screen',
      round_type: 'phone_screen',
      scheduled_date: '2024-12-05',
      scheduled_time: '14:00:00',
      duration_minutes: 0,
      timezone: 'Europe/Paris',
      is_virtual: false,
      meeting_platform: 'Zoom',
      meeting_link: 'https://zoom.example.com/j/1',
      physical_location: 'HQ, floor 3',
      interviewer_name: 'John Doe',
      interviewer_title: 'Senior Engineering Manager',
      interviewer_linkedin_url: 'https://linkedin.example.com/jd',
      interviewer_email: 'jd@example.com',
      interviewer_notes: 'Friendly',
      round_status: 'completed',
      round_result: 'passed',
      feedback: 'Solid',
      rating: 10,
      preparation_notes: 'Graphs',
      questions_asked_summary: 'Two questions',
      key_topics_covered: ['graphs', 'caching'],
      follow_up_actions: 'Send thanks',
    };
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/interviews/${interviewId}/rounds`,
      payload: { ...payload, interview_id: otherId },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      round_id: expect.any(Number),
      interview_id: interviewId,
      ...payload,
      created_at: expect.stringMatching(ISO_Z),
      updated_at: expect.stringMatching(ISO_Z),
    });
    const [stored] = await ctx.database.db
      .select()
      .from(interviewRounds)
      .where(eq(interviewRounds.round_id, body.round_id));
    expect(stored).toMatchObject({ interview_id: interviewId, scheduled_time: '14:00:00' });
  });

  it('applies the defaults, accepts HH:MM and a trailing slash', async () => {
    const interviewId = await newInterviewId();
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/interviews/${interviewId}/rounds/`,
      // round_id and created_at belong to the record: sent back, they are ignored.
      payload: {
        round_number: 1,
        round_type: 'coding',
        scheduled_time: '09:30',
        round_id: 999_999,
        created_at: '2000-01-01T00:00:00Z',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      interview_id: interviewId,
      scheduled_time: '09:30:00',
      timezone: 'UTC',
      is_virtual: true,
      round_status: 'scheduled',
      round_result: 'pending',
      round_name: null,
      rating: null,
      key_topics_covered: null,
    });
    expect(res.json().round_id).not.toBe(999_999);
    expect(res.json().created_at).not.toBe('2000-01-01T00:00:00.000Z');
  });

  const ROUND_TYPES =
    'phone_screen, technical, coding, system_design, behavioral, cultural_fit, hiring_manager, final, assessment, other';
  it.each([
    [{ round_type: 'coding' }, 'body/round_number is required'],
    [{ round_number: 1 }, 'body/round_type is required'],
    [{ round_number: 0, round_type: 'coding' }, 'body/round_number must be 1 or more'],
    [{ round_number: '1', round_type: 'coding' }, 'body/round_number must be a whole number'],
    [{ round_number: 1, round_type: 'lunch' }, `body/round_type must be one of: ${ROUND_TYPES}`],
    [{ round_number: 1, round_type: 'coding', rating: 11 }, 'body/rating must be 10 or less'],
    [{ round_number: 1, round_type: 'coding', rating: 0 }, 'body/rating must be 1 or more'],
    [
      { round_number: 1, round_type: 'coding', duration_minutes: -1 },
      'body/duration_minutes must be 0 or more',
    ],
    [
      { round_number: 1, round_type: 'coding', is_virtual: null },
      'body/is_virtual must not be null',
    ],
    [
      { round_number: 1, round_type: 'coding', round_status: 'won' },
      'body/round_status must be one of: scheduled, in_progress, completed, cancelled, rescheduled',
    ],
    [
      { round_number: 1, round_type: 'coding', interviewer_name: 'x'.repeat(201) },
      'body/interviewer_name must be at most 200 characters',
    ],
    [
      { round_number: 1, round_type: 'coding', timezone: 'x'.repeat(51) },
      'body/timezone must be at most 50 characters',
    ],
    [
      { round_number: 1, round_type: 'coding', scheduled_date: '2024-02-30' },
      'body/scheduled_date must be a date as YYYY-MM-DD',
    ],
    [
      { round_number: 1, round_type: 'coding', scheduled_time: '25:00:00' },
      'body/scheduled_time must match the expected format (Time as HH:MM:SS (HH:MM accepted on input))',
    ],
  ])('rejects %j with a 400 naming the field and writes nothing', async (payload, detail) => {
    const interviewId = await newInterviewId();
    const before = await countRows(ctx.database, interviewRounds);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/interviews/${interviewId}/rounds`,
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ detail, code: 'validation_error' });
    expect(await countRows(ctx.database, interviewRounds)).toBe(before);
  });

  it('is a 404 for an unknown interview, and writes nothing', async () => {
    const before = await countRows(ctx.database, interviewRounds);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/interviews/999999/rounds',
      payload: { round_number: 1, round_type: 'coding' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ detail: 'Interview 999999 not found', code: 'not_found' });
    expect(await countRows(ctx.database, interviewRounds)).toBe(before);
  });
});

describe('GET /api/interviews/{interview_id}/rounds', () => {
  it('lists only this interview’s rounds by round number, then id', async () => {
    const interviewId = await newInterviewId();
    const third = await makeRound(ctx.app, interviewId, { round_number: 3 });
    const firstA = await makeRound(ctx.app, interviewId, { round_number: 1 });
    const firstB = await makeRound(ctx.app, interviewId, { round_number: 1 });
    await makeRound(ctx.app, await newInterviewId());
    for (const suffix of ['', '/']) {
      const res = await ctx.app.inject({ url: `/api/interviews/${interviewId}/rounds${suffix}` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual([firstA, firstB, third]);
    }
  });

  it('is an empty list for an interview without rounds and a 404 for an unknown one', async () => {
    const interviewId = await newInterviewId();
    expect((await ctx.app.inject({ url: `/api/interviews/${interviewId}/rounds` })).json()).toEqual(
      [],
    );
    const missing = await ctx.app.inject({ url: '/api/interviews/999999/rounds' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toBe('Interview 999999 not found');
  });
});

describe('GET /api/interviews/{interview_id}/rounds/{round_id}', () => {
  it('returns the round', async () => {
    const interviewId = await newInterviewId();
    const round = await makeRound(ctx.app, interviewId, { rating: 7 });
    const res = await ctx.app.inject({
      url: `/api/interviews/${interviewId}/rounds/${round.round_id}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(round);
  });

  it('is a 404 for a round of another interview or an unknown one', async () => {
    const interviewId = await newInterviewId();
    const otherRound = await makeRound(ctx.app, await newInterviewId());
    const foreign = await ctx.app.inject({
      url: `/api/interviews/${interviewId}/rounds/${otherRound.round_id}`,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe(
      `Round ${otherRound.round_id} not found in interview ${interviewId}`,
    );
    const unknown = await ctx.app.inject({ url: `/api/interviews/${interviewId}/rounds/999999` });
    expect(unknown.statusCode).toBe(404);
    const noInterview = await ctx.app.inject({ url: '/api/interviews/999999/rounds/1' });
    expect(noInterview.json().detail).toBe('Interview 999999 not found');
  });
});

describe('PUT /api/interviews/{interview_id}/rounds/{round_id}', () => {
  it('changes only the fields sent and moves updated_at', async () => {
    const interviewId = await newInterviewId();
    const round = await makeRound(ctx.app, interviewId, {
      is_virtual: false,
      timezone: 'Asia/Tokyo',
      round_status: 'completed',
      interviewer_name: 'Ann',
    });
    const payload = { feedback: 'Good', rating: 8, interviewer_name: null, round_number: 4 };
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${interviewId}/rounds/${round.round_id}`,
      payload: { ...payload, interview_id: await newInterviewId() },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({ ...round, ...payload, updated_at: expect.stringMatching(ISO_Z) });
    expect(Date.parse(body.updated_at)).toBeGreaterThan(Date.parse(round.updated_at as string));
  });

  it.each([
    [{ round_type: null }, 'body/round_type must not be null'],
    [{ round_number: null }, 'body/round_number must not be null'],
    [{ is_virtual: null }, 'body/is_virtual must not be null'],
    [{ round_result: null }, 'body/round_result must not be null'],
    [{ rating: 11 }, 'body/rating must be 10 or less'],
  ])('rejects %j with a 400 and changes nothing', async (payload, detail) => {
    const interviewId = await newInterviewId();
    const round = await makeRound(ctx.app, interviewId);
    const url = `/api/interviews/${interviewId}/rounds/${round.round_id}`;
    const res = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { ...payload, feedback: 'x' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
    expect((await ctx.app.inject({ url })).json()).toEqual(round);
  });

  it('is a 404 through another interview, and changes nothing', async () => {
    const interviewId = await newInterviewId();
    const round = await makeRound(ctx.app, interviewId);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${await newInterviewId()}/rounds/${round.round_id}`,
      payload: { feedback: 'hijack' },
    });
    expect(res.statusCode).toBe(404);
    const after = await ctx.app.inject({
      url: `/api/interviews/${interviewId}/rounds/${round.round_id}`,
    });
    expect(after.json()).toEqual(round);
  });
});

describe('DELETE /api/interviews/{interview_id}/rounds/{round_id}', () => {
  it('deletes the round and keeps the question links, without a round', async () => {
    const interviewId = await newInterviewId();
    const round = await makeRound(ctx.app, interviewId);
    const question = await insertQuestion(ctx.database);
    const link = await linkQuestion(ctx.app, interviewId, question.question_id, {
      round_id: round.round_id,
    });
    const url = `/api/interviews/${interviewId}/rounds/${round.round_id}`;
    const res = await ctx.app.inject({ method: 'DELETE', url });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await ctx.app.inject({ url })).statusCode).toBe(404);
    const [kept] = await ctx.database.db
      .select()
      .from(interviewQuestions)
      .where(eq(interviewQuestions.interview_question_id, link.interview_question_id as number));
    expect(kept).toMatchObject({ interview_id: interviewId, round_id: null });
  });

  it('is a 404 through another interview or for an unknown round, and deletes nothing', async () => {
    const interviewId = await newInterviewId();
    const round = await makeRound(ctx.app, interviewId);
    const before = await countRows(ctx.database, interviewRounds);
    const foreign = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${await newInterviewId()}/rounds/${round.round_id}`,
    });
    expect(foreign.statusCode).toBe(404);
    const unknown = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${interviewId}/rounds/999999`,
    });
    expect(unknown.statusCode).toBe(404);
    expect(await countRows(ctx.database, interviewRounds)).toBe(before);
  });
});
