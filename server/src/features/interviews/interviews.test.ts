import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertQuestion,
  linkQuestion,
  makeCompany,
  makeInterview,
  makeRole,
  makeRound,
} from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { interviews } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const NULL_DETAILS = {
  custom_role_title: null,
  job_description: null,
  main_skills_required: null,
  required_experience_years: null,
  job_location: null,
  salary_range: null,
  application_date: null,
  job_posting_url: null,
  referral_source: null,
  first_interview_date: null,
  final_interview_date: null,
  offer_date: null,
  offer_deadline: null,
  overall_feedback: null,
  strengths: null,
  areas_for_improvement: null,
  offer_details: null,
  preparation_notes: null,
  resources_used: null,
  time_spent_preparing_hours: null,
  cv_content: null,
  cv_file_path: null,
  cv_file_url: null,
  cv_version: null,
  cv_highlights: null,
  cv_uploaded_at: null,
  cv_last_updated: null,
  cv_version_id: null,
  created_by: null,
};

describe('POST /api/interviews', () => {
  it('creates an interview and returns every stored field', async () => {
    const company = await makeCompany(ctx.app);
    const role = await makeRole(ctx.app);
    const payload = {
      company_id: company.company_id,
      role_id: role.role_id,
      custom_role_title: 'Senior Full Stack Engineer',
      interview_type: 'mock',
      seniority_level: 'staff',
      interview_status: 'in_progress',
      interview_result: 'passed',
      job_description: 'Looking for a senior engineer',
      main_skills_required: ['Python', 'React'],
      required_experience_years: 0,
      job_location: 'San Francisco, CA',
      is_remote: true,
      salary_range: '$150,000 - $200,000',
      application_date: '2024-12-01',
      job_posting_url: 'https://jobs.example.com/1',
      referral_source: 'A friend',
      first_interview_date: '2024-12-05',
      final_interview_date: '2024-12-20',
      offer_date: '2024-12-24',
      offer_deadline: '2025-01-07',
      overall_feedback: 'Good',
      strengths: 'Design',
      areas_for_improvement: 'Speed',
      offer_details: 'Base + equity',
      preparation_notes: 'Review system design',
      resources_used: 'Books',
      time_spent_preparing_hours: 0,
      cv_content: 'My CV',
      cv_file_path: '/cv/v3.pdf',
      cv_file_url: 'https://cv.example.com/v3.pdf',
      cv_version: 'v3',
      cv_tailored_for_role: true,
      cv_highlights: ['Led a team'],
      cv_uploaded_at: '2024-12-01T10:00:00Z',
      cv_last_updated: '2024-12-02T08:30:00+02:00',
      cv_version_id: 3,
      created_by: 'user@example.com',
    };
    const res = await ctx.app.inject({ method: 'POST', url: '/api/interviews', payload });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      interview_id: expect.any(Number),
      ...payload,
      company_name: company.company_name,
      role_name: role.role_name,
      stage: 'applied',
      cv_uploaded_at: '2024-12-01T10:00:00.000Z',
      cv_last_updated: '2024-12-02T06:30:00.000Z',
      created_at: expect.stringMatching(ISO_Z),
      updated_at: expect.stringMatching(ISO_Z),
    });
    const [stored] = await ctx.database.db
      .select()
      .from(interviews)
      .where(eq(interviews.interview_id, body.interview_id));
    expect(stored).toMatchObject({ seniority_level: 'staff', time_spent_preparing_hours: 0 });
  });

  it('applies the defaults, fills the rest with null and ignores the read-only fields sent', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/interviews/',
      payload: {
        seniority_level: 'junior',
        company_name: 'Not stored',
        rounds: [],
        interview_id: 5,
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      interview_id: expect.any(Number),
      company_id: null,
      company_name: null,
      role_id: null,
      role_name: null,
      seniority_level: 'junior',
      stage: 'applied',
      interview_type: 'actual',
      interview_status: 'scheduled',
      interview_result: 'pending',
      is_remote: false,
      cv_tailored_for_role: false,
      ...NULL_DETAILS,
      created_at: expect.stringMatching(ISO_Z),
      updated_at: expect.stringMatching(ISO_Z),
    });
  });

  it('keeps decimals of time_spent_preparing_hours as a number', async () => {
    const body = await makeInterview(ctx.app, { time_spent_preparing_hours: 12.5 });
    expect(body.time_spent_preparing_hours).toBe(12.5);
  });

  const SENIORITY = 'intern, junior, mid, senior, staff, principal, lead, manager, director';
  it.each([
    [{}, 'body/seniority_level is required'],
    [{ seniority_level: 'boss' }, `body/seniority_level must be one of: ${SENIORITY}`],
    [{ seniority_level: null }, 'body/seniority_level must not be null'],
    [
      { seniority_level: 'mid', interview_type: 'real' },
      'body/interview_type must be one of: actual, mock, practice',
    ],
    [{ seniority_level: 'mid', interview_type: null }, 'body/interview_type must not be null'],
    [{ seniority_level: 'mid', interview_status: null }, 'body/interview_status must not be null'],
    [{ seniority_level: 'mid', is_remote: 'yes' }, 'body/is_remote must be a boolean'],
    [{ seniority_level: 'mid', is_remote: null }, 'body/is_remote must not be null'],
    [{ seniority_level: 'mid', company_id: 'abc' }, 'body/company_id must be a whole number'],
    [{ seniority_level: 'mid', company_id: 2 ** 31 }, 'body/company_id must be 2147483647 or less'],
    [
      { seniority_level: 'mid', required_experience_years: 51 },
      'body/required_experience_years must be 50 or less',
    ],
    [
      { seniority_level: 'mid', required_experience_years: -1 },
      'body/required_experience_years must be 0 or more',
    ],
    [
      { seniority_level: 'mid', time_spent_preparing_hours: 1000 },
      'body/time_spent_preparing_hours must be 999.99 or less',
    ],
    [
      { seniority_level: 'mid', time_spent_preparing_hours: -0.5 },
      'body/time_spent_preparing_hours must be 0 or more',
    ],
    [
      { seniority_level: 'mid', custom_role_title: 'x'.repeat(201) },
      'body/custom_role_title must be at most 200 characters',
    ],
    [
      { seniority_level: 'mid', salary_range: 'x'.repeat(101) },
      'body/salary_range must be at most 100 characters',
    ],
    [
      { seniority_level: 'mid', cv_version: 'x'.repeat(51) },
      'body/cv_version must be at most 50 characters',
    ],
    [
      { seniority_level: 'mid', application_date: '2024-13-01' },
      'body/application_date must be a date as YYYY-MM-DD',
    ],
    [
      { seniority_level: 'mid', cv_uploaded_at: 'yesterday' },
      'body/cv_uploaded_at must be an ISO-8601 timestamp with a time zone, like 2024-12-01T10:00:00Z',
    ],
  ])('rejects %j with a 400 naming the field and writes nothing', async (payload, detail) => {
    const before = await countRows(ctx.database, interviews);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/interviews', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ detail, code: 'validation_error' });
    expect(await countRows(ctx.database, interviews)).toBe(before);
  });

  it('is a 404 naming a company or role that does not exist, and writes nothing', async () => {
    const before = await countRows(ctx.database, interviews);
    const company = await ctx.app.inject({
      method: 'POST',
      url: '/api/interviews',
      payload: { seniority_level: 'mid', company_id: 999999 },
    });
    expect(company.statusCode).toBe(404);
    expect(company.json()).toMatchObject({ detail: 'Company 999999 not found', code: 'not_found' });
    const role = await ctx.app.inject({
      method: 'POST',
      url: '/api/interviews',
      payload: { seniority_level: 'mid', role_id: 999998 },
    });
    expect(role.statusCode).toBe(404);
    expect(role.json().detail).toBe('Role 999998 not found');
    expect(await countRows(ctx.database, interviews)).toBe(before);
  });

  it('rejects malformed JSON with a 400', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/interviews',
      headers: { 'content-type': 'application/json' },
      payload: '{"seniority_level": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/^Malformed JSON/);
  });
});

describe('GET /api/interviews/{interview_id}', () => {
  it('embeds the company, role, rounds in order and question links in order', async () => {
    const company = await makeCompany(ctx.app, { industry: 'Retail' });
    const role = await makeRole(ctx.app);
    const interview = await makeInterview(ctx.app, {
      company_id: company.company_id,
      role_id: role.role_id,
    });
    const id = interview.interview_id as number;
    const second = await makeRound(ctx.app, id, { round_number: 2 });
    const firstA = await makeRound(ctx.app, id, { round_number: 1, round_type: 'phone_screen' });
    const firstB = await makeRound(ctx.app, id, { round_number: 1 });
    const q1 = await insertQuestion(ctx.database, { question_difficulty: 'hard' });
    const q2 = await insertQuestion(ctx.database, { question_category: 'coding' });
    const unordered = await linkQuestion(ctx.app, id, q1.question_id);
    const asked = await linkQuestion(ctx.app, id, q2.question_id, {
      order_asked: 1,
      round_id: firstA.round_id,
    });

    const res = await ctx.app.inject({ url: `/api/interviews/${id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      ...interview,
      company,
      role,
      rounds: [firstA, firstB, second],
      questions: [asked, unordered],
    });
    expect(body.questions[0]).toMatchObject({
      question_text: q2.question_text,
      question_category: 'coding',
      question_difficulty: 'medium',
    });
    expect(body.questions[1]).toMatchObject({ question_difficulty: 'hard' });
  });

  it('has null company and role and empty lists when there are none', async () => {
    const interview = await makeInterview(ctx.app);
    const res = await ctx.app.inject({ url: `/api/interviews/${interview.interview_id}` });
    expect(res.json()).toEqual({
      ...interview,
      company: null,
      role: null,
      rounds: [],
      questions: [],
    });
  });

  it('is a 404 for an unknown id and a 400 for a malformed one', async () => {
    const missing = await ctx.app.inject({ url: '/api/interviews/999999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      detail: 'Interview 999999 not found',
      code: 'not_found',
    });
    const malformed = await ctx.app.inject({ url: '/api/interviews/abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().detail).toBe('path/interview_id must be a whole number');
  });
});
