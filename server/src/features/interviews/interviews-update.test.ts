import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCompany, makeInterview, makeRole } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { interviews } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('PUT /api/interviews/{interview_id}', () => {
  it('changes only the fields sent and moves updated_at', async () => {
    const company = await makeCompany(ctx.app);
    const interview = await makeInterview(ctx.app, {
      company_id: company.company_id,
      interview_type: 'mock',
      is_remote: true,
      job_location: 'Paris',
      strengths: 'Old',
    });
    const payload = {
      interview_status: 'completed',
      interview_result: 'passed',
      overall_feedback: 'Great interview!',
      strengths: null,
      time_spent_preparing_hours: 7.25,
      cv_uploaded_at: '2024-12-03T09:00:00Z',
    };
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${interview.interview_id}`,
      payload,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      ...interview,
      ...payload,
      cv_uploaded_at: '2024-12-03T09:00:00.000Z',
      updated_at: expect.stringMatching(ISO_Z),
    });
    expect(Date.parse(body.updated_at)).toBeGreaterThan(Date.parse(interview.updated_at as string));
  });

  it('changes and clears the company and role', async () => {
    const company = await makeCompany(ctx.app);
    const role = await makeRole(ctx.app);
    const interview = await makeInterview(ctx.app, { company_id: company.company_id });
    const url = `/api/interviews/${interview.interview_id}`;
    const set = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { company_id: null, role_id: role.role_id },
    });
    expect(set.json()).toMatchObject({
      company_id: null,
      company_name: null,
      role_id: role.role_id,
      role_name: role.role_name,
    });
  });

  it.each([
    [{ seniority_level: null }, 'body/seniority_level must not be null'],
    [{ interview_type: null }, 'body/interview_type must not be null'],
    [{ interview_status: null }, 'body/interview_status must not be null'],
    [{ interview_result: null }, 'body/interview_result must not be null'],
    [{ is_remote: null }, 'body/is_remote must not be null'],
    [{ cv_tailored_for_role: null }, 'body/cv_tailored_for_role must not be null'],
    [
      { interview_status: 'done' },
      'body/interview_status must be one of: scheduled, in_progress, completed, cancelled, rescheduled',
    ],
    [{ required_experience_years: 60 }, 'body/required_experience_years must be 50 or less'],
    [{ job_location: 'x'.repeat(201) }, 'body/job_location must be at most 200 characters'],
  ])('rejects %j with a 400 and changes nothing', async (payload, detail) => {
    const interview = await makeInterview(ctx.app, { job_location: 'Berlin' });
    const url = `/api/interviews/${interview.interview_id}`;
    const res = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { ...payload, strengths: 'x' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
    const after = await ctx.app.inject({ url });
    expect(after.json()).toMatchObject(interview);
  });

  it('is a 404 for a company or role that does not exist, and changes nothing', async () => {
    const interview = await makeInterview(ctx.app);
    const url = `/api/interviews/${interview.interview_id}`;
    for (const [payload, detail] of [
      [{ company_id: 999999, strengths: 'x' }, 'Company 999999 not found'],
      [{ role_id: 999999, strengths: 'x' }, 'Role 999999 not found'],
    ] as const) {
      const res = await ctx.app.inject({ method: 'PUT', url, payload });
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toBe(detail);
    }
    expect((await ctx.app.inject({ url })).json()).toMatchObject(interview);
  });

  it('returns the interview unchanged for an empty body', async () => {
    const interview = await makeInterview(ctx.app);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${interview.interview_id}`,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(interview);
  });

  it('is a 404 for an unknown id', async () => {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/interviews/999999',
      payload: { strengths: 'x' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('Interview 999999 not found');
  });
});

describe('DELETE /api/interviews/{interview_id}', () => {
  it('cancels the interview, which stays readable, listed and counted', async () => {
    const company = await makeCompany(ctx.app);
    const interview = await makeInterview(ctx.app, { company_id: company.company_id });
    const before = await countRows(ctx.database, interviews);
    const res = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${interview.interview_id}`,
    });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(await countRows(ctx.database, interviews)).toBe(before);
    const after = await ctx.app.inject({ url: `/api/interviews/${interview.interview_id}` });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({
      ...interview,
      interview_status: 'cancelled',
      updated_at: expect.any(String),
    });
    const list = await ctx.app.inject({ url: `/api/interviews?company_id=${company.company_id}` });
    expect(list.json()).toMatchObject({ total: 1, data: [{ interview_status: 'cancelled' }] });
  });

  it('is a 404 for an unknown id', async () => {
    const res = await ctx.app.inject({ method: 'DELETE', url: '/api/interviews/999999' });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('Interview 999999 not found');
  });
});
