import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linkQuestion,
  makeCompany,
  makeInterview,
  makeQuestion,
  makeRound,
} from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const put = (url: string, payload: object) => ctx.app.inject({ method: 'PUT', url, payload });
const get = async (url: string) => {
  const res = await ctx.app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
type Event = { entity: string; field: string; from_value: string | null; to_value: string | null };
const steps = (events: Event[]) =>
  events.map((e) => `${e.entity}.${e.field}:${e.from_value ?? '-'}>${e.to_value ?? '-'}`);

describe('stage', () => {
  it('starts as applied beside the interview status, and can be set on creation', async () => {
    const plain = await makeInterview(ctx.app);
    expect(plain).toMatchObject({ stage: 'applied', interview_status: 'scheduled' });
    const wished = await makeInterview(ctx.app, { stage: 'wishlist' });
    expect(wished.stage).toBe('wishlist');
    const detail = await get(`/api/interviews/${wished.interview_id}`);
    expect(detail.stage).toBe('wishlist');
  });

  it('refuses a stage outside the fixed set, and writes nothing', async () => {
    const interview = await makeInterview(ctx.app);
    const res = await put(`/api/interviews/${interview.interview_id}`, { stage: 'hired' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/stage/);
    expect((await get(`/api/interviews/${interview.interview_id}`)).stage).toBe('applied');
    const timeline = await get(`/api/interviews/${interview.interview_id}/timeline`);
    expect(timeline).toHaveLength(1);
  });
});

describe('timeline', () => {
  it('records every stage, status and result change of the interview and its rounds, oldest first', async () => {
    const interview = await makeInterview(ctx.app);
    const id = interview.interview_id as number;
    await put(`/api/interviews/${id}`, { stage: 'screening' });
    await put(`/api/interviews/${id}`, { strengths: 'not tracked' });
    const round = await makeRound(ctx.app, id);
    await put(`/api/interviews/${id}/rounds/${round.round_id}`, {
      round_status: 'completed',
      round_result: 'passed',
    });
    await put(`/api/interviews/${id}`, {
      stage: 'offer',
      interview_status: 'completed',
      interview_result: 'offer_received',
    });
    await put(`/api/interviews/${id}`, { stage: 'rejected' });
    await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${id}/rounds/${round.round_id}`,
    });
    await ctx.app.inject({ method: 'DELETE', url: `/api/interviews/${id}` });
    // A second cancel changes nothing and records nothing.
    await ctx.app.inject({ method: 'DELETE', url: `/api/interviews/${id}` });

    const timeline = await get(`/api/interviews/${id}/timeline`);
    expect(steps(timeline)).toEqual([
      'interview.created:->applied',
      'interview.stage:applied>screening',
      'round.created:->scheduled',
      'round.round_status:scheduled>completed',
      'round.round_result:pending>passed',
      'interview.stage:screening>offer',
      'interview.interview_status:scheduled>completed',
      'interview.interview_result:pending>offer_received',
      'interview.stage:offer>rejected',
      'round.deleted:completed>-',
      'interview.deleted:completed>cancelled',
    ]);
    const ids = timeline.map((e: { event_id: number }) => e.event_id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(timeline[2].round_id).toBe(round.round_id);
    expect(Date.parse(timeline[0].occurred_at)).not.toBeNaN();
  });

  it('is a 404 for an interview that does not exist, and goes with one deleted for good', async () => {
    expect((await ctx.app.inject({ url: '/api/interviews/999999/timeline' })).statusCode).toBe(404);
    const interview = await makeInterview(ctx.app);
    const url = `/api/interviews/${interview.interview_id}`;
    await ctx.app.inject({ method: 'DELETE', url });
    const removed = await ctx.app.inject({ method: 'DELETE', url: `${url}?permanent=true` });
    expect(removed.statusCode).toBe(204);
    expect((await ctx.app.inject({ url: `${url}/timeline` })).statusCode).toBe(404);
  });
});

describe('stage labels', () => {
  it('renames stages for the caller, keeps the set, and resets with an empty name', async () => {
    const initial = await get('/api/settings/stage-labels');
    expect(initial.map((l: { stage: string }) => l.stage)).toEqual([
      'wishlist',
      'applied',
      'screening',
      'interviewing',
      'offer',
      'accepted',
      'rejected',
      'ghosted',
      'withdrawn',
    ]);
    expect(initial[2]).toEqual({
      stage: 'screening',
      label: 'Screening',
      default_label: 'Screening',
    });

    const renamed = await put('/api/settings/stage-labels', {
      labels: { screening: '  Recruiter call ', ghosted: 'Silence' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()[2].label).toBe('Recruiter call');
    expect((await get('/api/settings/stage-labels'))[7].label).toBe('Silence');

    const reset = await put('/api/settings/stage-labels', { labels: { ghosted: '' } });
    expect(reset.json()[7].label).toBe('Ghosted');
    expect(reset.json()[2].label).toBe('Recruiter call');
  });

  it('refuses a stage that is not in the set, and renames nothing', async () => {
    const res = await put('/api/settings/stage-labels', {
      labels: { offer: 'Yes!', hired: 'Hired' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/hired/);
    expect((await get('/api/settings/stage-labels'))[4].label).toBe('Offer');
  });
});

describe('list filters', () => {
  let company: Record<string, unknown>;
  const made: Record<string, number> = {};
  beforeAll(async () => {
    company = await makeCompany(ctx.app);
    const mk = async (name: string, fields: object) => {
      made[name] = (await makeInterview(ctx.app, { company_id: company.company_id, ...fields }))
        .interview_id as number;
    };
    await mk('wish', { stage: 'wishlist', application_date: '2031-01-05' });
    await mk('screen', {
      stage: 'screening',
      referral_source: 'Friend',
      application_date: '2031-02-01',
    });
    await mk('offerThenRejected', { stage: 'offer', application_date: '2031-03-01' });
    await put(`/api/interviews/${made.offerThenRejected}`, { stage: 'rejected' });
    await makeRound(ctx.app, made.screen as number);
  });
  const ids = async (query: string) =>
    (await get(`/api/interviews?company_id=${company.company_id}&${query}`)).data
      .map((row: { interview_id: number }) => row.interview_id)
      .sort((a: number, b: number) => a - b);

  it('filters by one or more stages', async () => {
    expect(await ids('stage=screening')).toEqual([made.screen]);
    expect(await ids('stage=screening&stage=rejected')).toEqual([
      made.screen,
      made.offerThenRejected,
    ]);
  });

  it('filters by the stage reached in the history, whatever the stage is now', async () => {
    expect(await ids('reached_stage=offer')).toEqual([made.offerThenRejected]);
    expect(await ids('reached_stage=screening')).toEqual([made.screen, made.offerThenRejected]);
    expect(await ids('reached_stage=applied')).toEqual([made.screen, made.offerThenRejected]);
  });

  it('filters by date applied, referral source and rounds', async () => {
    expect(await ids('date_from=2031-02-01&date_to=2031-02-28')).toEqual([made.screen]);
    expect(await ids('referral_source=Friend')).toEqual([made.screen]);
    expect(await ids('has_rounds=true')).toEqual([made.screen]);
    expect(await ids('has_rounds=false')).toEqual([made.wish, made.offerThenRejected]);
  });

  it('sorts by stage in the pipeline order', async () => {
    const rows = (
      await get(`/api/interviews?company_id=${company.company_id}&sort_by=stage&order=asc`)
    ).data.map((row: { stage: string }) => row.stage);
    expect(rows).toEqual(['wishlist', 'screening', 'rejected']);
  });

  it('counts interviews by stage in the overview', async () => {
    const overview = await get('/api/stats/overview');
    expect(overview.interviews_by_stage.wishlist).toBeGreaterThanOrEqual(1);
    expect(Object.keys(overview.interviews_by_stage)).toHaveLength(9);
  });
});

describe('funnel', () => {
  let company: Record<string, unknown>;
  let other: Record<string, unknown>;
  const funnel = (query = '') => get(`/api/stats/funnel?company_id=${company.company_id}${query}`);
  beforeAll(async () => {
    company = await makeCompany(ctx.app);
    other = await makeCompany(ctx.app);
    const mk = (fields: object) =>
      makeInterview(ctx.app, { company_id: company.company_id, ...fields });
    // Applied only; a wishlist entry (never applied); screened then ghosted; an offer then
    // rejected; an accepted offer.
    await mk({ application_date: '2030-01-01', referral_source: 'LinkedIn' });
    await mk({ stage: 'wishlist' });
    const screened = await mk({ application_date: '2030-01-01', referral_source: 'Friend' });
    await put(`/api/interviews/${screened.interview_id}`, { stage: 'screening' });
    await put(`/api/interviews/${screened.interview_id}`, { stage: 'ghosted' });
    await makeRound(ctx.app, screened.interview_id as number, { scheduled_date: '2030-01-05' });
    const offered = await mk({ application_date: '2030-02-01', referral_source: 'Friend' });
    await put(`/api/interviews/${offered.interview_id}`, { stage: 'interviewing' });
    await makeRound(ctx.app, offered.interview_id as number, { scheduled_date: '2030-02-11' });
    await makeRound(ctx.app, offered.interview_id as number, {
      round_number: 2,
      scheduled_date: '2030-02-21',
    });
    await put(`/api/interviews/${offered.interview_id}`, { stage: 'offer' });
    await put(`/api/interviews/${offered.interview_id}`, { stage: 'rejected' });
    const accepted = await mk({ stage: 'accepted', application_date: '2030-03-01' });
    const question = await makeQuestion(ctx.app, { question_category: 'coding' });
    await linkQuestion(ctx.app, accepted.interview_id as number, question.question_id as number, {
      answer_quality_rating: 8,
    });
    await linkQuestion(ctx.app, offered.interview_id as number, question.question_id as number, {
      answer_quality_rating: 6,
    });
    await makeInterview(ctx.app, { company_id: other.company_id, stage: 'offer' });
  });

  it('counts each stage from the furthest stage reached, so a rejected offer stays an offer', async () => {
    const body = await funnel();
    expect(body.total_interviews).toBe(5);
    expect(body.stages).toEqual([
      { stage: 'applied', count: 4, conversion: null },
      { stage: 'screening', count: 3, conversion: 0.75 },
      { stage: 'interviewing', count: 2, conversion: 0.6667 },
      { stage: 'offer', count: 2, conversion: 1 },
      { stage: 'accepted', count: 1, conversion: 0.5 },
    ]);
  });

  it('gives the median days to the first round and between rounds, and response rates', async () => {
    const body = await funnel();
    // 4 days (screened) and 10 days (offered): the median is 7.
    expect(body.median_days_to_first_round).toBe(7);
    // 0 days (one round) and 10 days.
    expect(body.median_days_first_to_last_round).toBe(5);
    expect(body.response_rate).toEqual({ applications: 4, responded: 2, rate: 0.5 });
    expect(body.response_rate_by_company).toEqual([
      {
        company_id: company.company_id,
        company_name: company.company_name,
        applications: 4,
        responded: 2,
        rate: 0.5,
      },
    ]);
    expect(body.response_rate_by_referral_source).toEqual(
      expect.arrayContaining([
        { referral_source: 'Friend', applications: 2, responded: 2, rate: 1 },
        { referral_source: 'LinkedIn', applications: 1, responded: 0, rate: 0 },
        { referral_source: null, applications: 1, responded: 0, rate: 0 },
      ]),
    );
    expect(body.average_rating_by_category).toEqual([
      { question_category: 'coding', average_rating: 3.5, ratings: 2 },
    ]);
  });

  it('filters by date range and interview type', async () => {
    const february = await funnel('&date_from=2030-02-01&date_to=2030-02-28');
    expect(february.total_interviews).toBe(1);
    expect(february.stages[3]).toEqual({ stage: 'offer', count: 1, conversion: 1 });
    const mocks = await funnel('&interview_type=mock');
    expect(mocks.stages[0]).toEqual({ stage: 'applied', count: 0, conversion: null });
    expect(mocks.stages[1].conversion).toBeNull();
  });

  it('refuses a date range that ends before it starts', async () => {
    const res = await ctx.app.inject({
      url: '/api/stats/funnel?date_from=2030-02-01&date_to=2030-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/date_to/);
  });
});
