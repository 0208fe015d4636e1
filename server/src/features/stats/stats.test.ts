import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertInterview,
  insertRound,
  makeCompany,
  makeQuestion,
  makeRole,
  makeSkill,
} from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';
import {
  INTERVIEW_RESULTS,
  INTERVIEW_STATUSES,
  QUESTION_CATEGORIES,
  QUESTION_DIFFICULTIES,
} from '../../db/schema.js';
import type { StatsOverviewBody } from './stats.schemas.js';
import { OVERVIEW_MAX_AGE_MS } from './stats.service.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

async function overview(): Promise<StatsOverviewBody> {
  const res = await ctx.app.inject({ url: '/api/stats/overview' });
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** `base` with `counts` added to the named keys: what the overview must read after the writes. */
function plus(base: Record<string, number>, counts: Record<string, number>) {
  const result = { ...base };
  for (const [key, n] of Object.entries(counts)) result[key] = (result[key] ?? 0) + n;
  return result;
}

describe('GET /api/stats/overview', () => {
  it('names every enum value in its map, zero where none', async () => {
    const body = await overview();
    expect(Object.keys(body.interviews_by_status)).toEqual([...INTERVIEW_STATUSES]);
    expect(Object.keys(body.interviews_by_result)).toEqual([...INTERVIEW_RESULTS]);
    expect(Object.keys(body.questions_by_category)).toEqual([...QUESTION_CATEGORIES]);
    expect(Object.keys(body.questions_by_difficulty)).toEqual([...QUESTION_DIFFICULTIES]);
    // No test in this file writes these values, so they are zero whatever ran before.
    expect(body.interviews_by_status.in_progress).toBe(0);
    expect(body.interviews_by_result.offer_declined).toBe(0);
    expect(body.questions_by_category.case_study).toBe(0);
    expect(body.questions_by_category.brainteaser).toBe(0);
  });

  it('shows a write through the API at once, and one made elsewhere within a second', async () => {
    const before = await overview();
    await makeCompany(ctx.app);
    expect((await overview()).total_companies).toBe(before.total_companies + 1);
    // Written straight to the database, as another instance of the server would.
    await insertInterview(ctx.database);
    await sleep(OVERVIEW_MAX_AGE_MS);
    expect((await overview()).total_interviews).toBe(before.total_interviews + 1);
  });

  it('counts exactly what was written: all interviews, active questions only', async () => {
    const before = await overview();
    const company = await makeCompany(ctx.app);
    await makeCompany(ctx.app);
    await makeRole(ctx.app);
    await makeSkill(ctx.app);
    await makeSkill(ctx.app, { is_active: false });
    const companyId = company.company_id as number;
    await insertInterview(ctx.database, { company_id: companyId });
    await insertInterview(ctx.database, {
      interview_status: 'completed',
      interview_result: 'passed',
    });
    await insertInterview(ctx.database, {
      interview_status: 'completed',
      interview_result: 'offer_received',
    });
    // A deleted interview is cancelled, and still counted.
    await insertInterview(ctx.database, { interview_status: 'cancelled' });
    await makeQuestion(ctx.app, { question_category: 'coding', question_difficulty: 'easy' });
    await makeQuestion(ctx.app, { question_category: 'coding', question_difficulty: 'hard' });
    await makeQuestion(ctx.app, { question_category: 'behavioral' });
    const deleted = await makeQuestion(ctx.app, {
      question_category: 'leadership',
      question_difficulty: 'expert',
    });
    await ctx.app.inject({ method: 'DELETE', url: `/api/questions/${deleted.question_id}` });

    // Rows inserted below the API are another instance's writes: visible once the cached
    // overview has expired.
    await sleep(OVERVIEW_MAX_AGE_MS);
    const after = await overview();
    expect(after).toEqual({
      total_interviews: before.total_interviews + 4,
      total_questions: before.total_questions + 3,
      total_companies: before.total_companies + 2,
      total_roles: before.total_roles + 1,
      total_skills: before.total_skills + 1,
      interviews_by_status: plus(before.interviews_by_status, {
        scheduled: 1,
        completed: 2,
        cancelled: 1,
      }),
      interviews_by_result: plus(before.interviews_by_result, {
        pending: 2,
        passed: 1,
        offer_received: 1,
      }),
      interviews_by_stage: plus(before.interviews_by_stage, { applied: 4 }),
      questions_by_category: plus(before.questions_by_category, { coding: 2, behavioral: 1 }),
      questions_by_difficulty: plus(before.questions_by_difficulty, {
        easy: 1,
        medium: 1,
        hard: 1,
      }),
    });
    const sum = (map: Record<string, number>) => Object.values(map).reduce((a, b) => a + b, 0);
    expect(sum(after.interviews_by_status)).toBe(after.total_interviews);
    expect(sum(after.interviews_by_result)).toBe(after.total_interviews);
    expect(sum(after.interviews_by_stage)).toBe(after.total_interviews);
    expect(sum(after.questions_by_category)).toBe(after.total_questions);
    expect(sum(after.questions_by_difficulty)).toBe(after.total_questions);
  });
});

const dayOffset = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('GET /api/stats/upcoming-rounds', () => {
  it('lists scheduled and rescheduled rounds from today on, by date, time and id', async () => {
    const company = await makeCompany(ctx.app);
    const role = await makeRole(ctx.app);
    const withRole = await insertInterview(ctx.database, {
      company_id: company.company_id as number,
      role_id: role.role_id as number,
    });
    const custom = await insertInterview(ctx.database, { custom_role_title: 'Staff Engineer' });
    const cancelled = await insertInterview(ctx.database, { interview_status: 'cancelled' });
    const [today, tomorrow, later] = [dayOffset(0), dayOffset(1), dayOffset(3)];

    await insertRound(ctx.database, withRole.interview_id, { scheduled_date: dayOffset(-1) });
    await insertRound(ctx.database, withRole.interview_id, {
      scheduled_date: tomorrow,
      round_status: 'completed',
    });
    await insertRound(ctx.database, cancelled.interview_id, { scheduled_date: tomorrow });
    await insertRound(ctx.database, withRole.interview_id, { round_status: 'scheduled' });
    const untimedToday = await insertRound(ctx.database, custom.interview_id, {
      scheduled_date: today,
    });
    const afternoon = await insertRound(ctx.database, withRole.interview_id, {
      round_number: 2,
      round_name: 'System design',
      round_type: 'system_design',
      scheduled_date: today,
      scheduled_time: '15:00:00',
      duration_minutes: 60,
      meeting_platform: 'Zoom',
      meeting_link: 'https://zoom.example/1',
      interviewer_name: 'John Doe',
      interviewer_title: 'EM',
      feedback: 'not shown on the dashboard',
    });
    const morning = await insertRound(ctx.database, custom.interview_id, {
      scheduled_date: today,
      scheduled_time: '09:00:00',
      round_status: 'rescheduled',
    });
    const laterA = await insertRound(ctx.database, custom.interview_id, {
      scheduled_date: later,
      scheduled_time: '10:00:00',
    });
    const laterB = await insertRound(ctx.database, withRole.interview_id, {
      scheduled_date: later,
      scheduled_time: '10:00:00',
    });

    const res = await ctx.app.inject({ url: '/api/stats/upcoming-rounds?limit=50' });
    expect(res.statusCode).toBe(200);
    const rows = res.json() as { round_id: number; interview_id: number }[];
    const mine = rows.filter((row) =>
      [withRole, custom, cancelled].some((i) => i.interview_id === row.interview_id),
    );
    expect(mine.map((row) => row.round_id)).toEqual([
      morning.round_id,
      afternoon.round_id,
      untimedToday.round_id,
      laterA.round_id,
      laterB.round_id,
    ]);
    expect(mine[1]).toEqual({
      round_id: afternoon.round_id,
      interview_id: withRole.interview_id,
      round_number: 2,
      round_name: 'System design',
      round_type: 'system_design',
      round_status: 'scheduled',
      scheduled_date: today,
      scheduled_time: '15:00:00',
      duration_minutes: 60,
      timezone: 'UTC',
      is_virtual: true,
      meeting_platform: 'Zoom',
      meeting_link: 'https://zoom.example/1',
      physical_location: null,
      interviewer_name: 'John Doe',
      interviewer_title: 'EM',
      company_id: company.company_id,
      company_name: company.company_name,
      role_id: role.role_id,
      role_name: role.role_name,
      custom_role_title: null,
    });
    expect(mine[0]).toMatchObject({
      round_status: 'rescheduled',
      company_id: null,
      company_name: null,
      role_name: null,
      custom_role_title: 'Staff Engineer',
    });
  });

  it('returns 5 rounds by default, the first of the full list', async () => {
    const interview = await insertInterview(ctx.database);
    for (let day = 0; day < 6; day++) {
      await insertRound(ctx.database, interview.interview_id, { scheduled_date: dayOffset(day) });
    }
    const full = (await ctx.app.inject({ url: '/api/stats/upcoming-rounds?limit=50' })).json();
    const res = await ctx.app.inject({ url: '/api/stats/upcoming-rounds' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(full.slice(0, 5));
  });

  it.each([
    ['limit=0', 'query/limit must be 1 or more'],
    ['limit=51', 'query/limit must be 50 or less'],
    ['limit=many', 'query/limit must be a whole number'],
  ])('rejects %s with a 400', async (qs, detail) => {
    const res = await ctx.app.inject({ url: `/api/stats/upcoming-rounds?${qs}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
  });
});
