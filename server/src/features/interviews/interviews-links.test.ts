// Links are stored as absolute http(s) addresses, so the app can always show what was saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCompany, makeInterview, makeQuestion, makeRound } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { interviews } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const RULE = 'must be a web address (http or https), like https://example.com/jobs/123';

describe('link fields', () => {
  it.each([
    ['linkedin.com/jobs/view/123', 'https://linkedin.com/jobs/view/123'],
    ['  https://jobs.example.com/42?ref=x  ', 'https://jobs.example.com/42?ref=x'],
    ['http://intranet.example.org/careers', 'http://intranet.example.org/careers'],
    ['//example.com/a', 'https://example.com/a'],
    ['localhost:8080/jobs/1', 'https://localhost:8080/jobs/1'],
    ['   ', null],
  ])('stores job_posting_url %j as %j', async (sent, stored) => {
    const interview = await makeInterview(ctx.app, { job_posting_url: sent });
    expect(interview.job_posting_url).toBe(stored);
    const read = await ctx.app.inject({ url: `/api/interviews/${interview.interview_id}` });
    expect(read.json().job_posting_url).toBe(stored);
  });

  it.each([
    'javascript:alert(1)',
    'not a url',
    'ftp://files.example.com/cv.pdf',
    'mailto:hr@example.com',
    'jobs',
  ])('refuses %j with a 400 naming the field, writing nothing', async (sent) => {
    const before = await countRows(ctx.database, interviews);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/interviews',
      payload: { seniority_level: 'senior', job_posting_url: sent },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      detail: `body/job_posting_url ${RULE}`,
      code: 'validation_error',
    });
    expect(await countRows(ctx.database, interviews)).toBe(before);
  });

  it('normalises on update too, and on every resource that holds links', async () => {
    const interview = await makeInterview(ctx.app);
    const put = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${interview.interview_id}`,
      payload: { cv_file_url: 'drive.example.com/cv' },
    });
    expect(put.json().cv_file_url).toBe('https://drive.example.com/cv');

    const company = await makeCompany(ctx.app, { website: 'acme.example' });
    expect(company.website).toBe('https://acme.example');
    const round = await makeRound(ctx.app, interview.interview_id as number, {
      meeting_link: 'meet.example.com/abc-defg',
    });
    expect(round.meeting_link).toBe('https://meet.example.com/abc-defg');
    const question = await makeQuestion(ctx.app, { source_url: 'javascript:void(0)' }).catch(
      (error: Error) => error.message,
    );
    expect(question).toContain(`body/source_url ${RULE}`);
  });
});
