import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCompany, makeInterview, makeRole, unique } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

type Row = { interview_id: number } & Record<string, unknown>;

async function list(qs: string) {
  const res = await ctx.app.inject({ url: `/api/interviews?${qs}` });
  expect(res.statusCode).toBe(200);
  return res.json() as { total: number; skip: number; limit: number; data: Row[] };
}

const ids = async (qs: string) => (await list(qs)).data.map((row) => row.interview_id);

/** A company of its own, so a test sees only the interviews it made. */
async function interviewsAt(fields: Record<string, unknown>[]) {
  const company = await makeCompany(ctx.app);
  const made: Row[] = [];
  for (const f of fields)
    made.push((await makeInterview(ctx.app, { company_id: company.company_id, ...f })) as Row);
  return { companyId: company.company_id as number, made: made.map((r) => r.interview_id) };
}

describe('GET /api/interviews', () => {
  it('returns an envelope whose rows carry every column and the company and role names', async () => {
    const role = await makeRole(ctx.app);
    const company = await makeCompany(ctx.app);
    const interview = await makeInterview(ctx.app, {
      company_id: company.company_id,
      role_id: role.role_id,
      application_date: '2024-12-01',
      cv_uploaded_at: '2024-12-01T10:00:00Z',
    });
    for (const url of [
      `/api/interviews?company_id=${company.company_id}`,
      `/api/interviews/?company_id=${company.company_id}`,
    ]) {
      const res = await ctx.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        total: 1,
        skip: 0,
        limit: 20,
        data: [{ ...interview, truncated_fields: [] }],
      });
    }
    expect(interview).toMatchObject({
      company_name: company.company_name,
      role_name: role.role_name,
    });
  });

  it('cuts long notes to 500 characters in the list and says which; the detail has them whole', async () => {
    const company = await makeCompany(ctx.app);
    const long = `${'Prepare the system design round. '.repeat(40)}END`;
    const interview = await makeInterview(ctx.app, {
      company_id: company.company_id,
      job_description: long,
      strengths: 'Short and whole',
    });
    const [row] = (await list(`company_id=${company.company_id}`)).data;
    expect(row?.job_description).toBe(long.slice(0, 500));
    expect(row?.strengths).toBe('Short and whole');
    expect(row?.truncated_fields).toEqual(['job_description']);
    const detail = await ctx.app.inject({ url: `/api/interviews/${interview.interview_id}` });
    expect(detail.json().job_description).toBe(long);
  });

  it('keeps the first 10 highlights of 200 characters in the list and says so; the detail has all', async () => {
    const company = await makeCompany(ctx.app);
    const highlights = Array.from({ length: 12 }, (_, i) => `Highlight ${i + 1}`);
    const wordy = `${'Led the migration of the billing system. '.repeat(10)}END`;
    const many = await makeInterview(ctx.app, {
      company_id: company.company_id,
      cv_highlights: highlights,
    });
    await makeInterview(ctx.app, { company_id: company.company_id, cv_highlights: [wordy] });
    await makeInterview(ctx.app, { company_id: company.company_id, cv_highlights: ['Short'] });
    await makeInterview(ctx.app, { company_id: company.company_id, cv_highlights: null });
    const rows = (await list(`company_id=${company.company_id}&sort_by=created_at&order=asc`)).data;
    expect(rows.map((row) => [row.cv_highlights, row.truncated_fields])).toEqual([
      [highlights.slice(0, 10), ['cv_highlights']],
      [[wordy.slice(0, 200)], ['cv_highlights']],
      [['Short'], []],
      [null, []],
    ]);
    const detail = await ctx.app.inject({ url: `/api/interviews/${many.interview_id}` });
    expect(detail.json().cv_highlights).toEqual(highlights);
  });

  it('reports the total on a page past the end', async () => {
    const company = await makeCompany(ctx.app);
    await makeInterview(ctx.app, { company_id: company.company_id });
    await makeInterview(ctx.app, { company_id: company.company_id });
    const page = await list(`company_id=${company.company_id}&skip=5`);
    expect(page).toMatchObject({ total: 2, skip: 5, data: [] });
  });

  it('defaults to 20 rows and accepts up to 100', async () => {
    expect((await list('')).limit).toBe(20);
    expect((await list('limit=100')).limit).toBe(100);
  });

  it.each([
    ['limit=101', 'query/limit must be 100 or less'],
    ['limit=0', 'query/limit must be 1 or more'],
    ['skip=-1', 'query/skip must be 0 or more'],
    ['company_id=abc', 'query/company_id must be a whole number'],
    ['is_remote=maybe', 'query/is_remote must be a boolean'],
    ['interview_type=real', 'query/interview_type must be one of: actual, mock, practice'],
    [
      'interview_status=done',
      'query/interview_status must be one of: scheduled, in_progress, completed, cancelled, rescheduled',
    ],
    [
      'interview_result=won',
      'query/interview_result must be one of: pending, passed, failed, offer_received, offer_accepted, offer_declined',
    ],
    [
      'seniority_level=boss',
      'query/seniority_level must be one of: intern, junior, mid, senior, staff, principal, lead, manager, director',
    ],
    [
      'sort_by=salary_range',
      'query/sort_by must be one of: created_at, application_date, first_interview_date, company_name, interview_status, stage',
    ],
    ['order=up', 'query/order must be one of: asc, desc'],
  ])('rejects %s with a 400', async (qs, detail) => {
    const res = await ctx.app.inject({ url: `/api/interviews?${qs}` });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ detail, code: 'validation_error' });
  });
});

describe('GET /api/interviews filters', () => {
  it('filters by company_id and role_id', async () => {
    const { companyId, made } = await interviewsAt([{}, {}]);
    expect((await ids(`company_id=${companyId}`)).sort()).toEqual(made.sort());
    const role = await makeRole(ctx.app);
    const withRole = await makeInterview(ctx.app, { role_id: role.role_id });
    expect(await ids(`role_id=${role.role_id}`)).toEqual([withRole.interview_id]);
  });

  it.each([
    ['interview_type', 'mock', 'practice'],
    ['interview_status', 'rescheduled', 'completed'],
    ['interview_result', 'offer_received', 'failed'],
    ['seniority_level', 'principal', 'intern'],
    ['is_remote', true, false],
  ])('filters by %s', async (field, wanted, other) => {
    const { companyId, made } = await interviewsAt([{ [field]: wanted }, { [field]: other }]);
    expect(await ids(`company_id=${companyId}&${field}=${wanted}`)).toEqual([made[0]]);
    expect(await ids(`company_id=${companyId}&${field}=${other}`)).toEqual([made[1]]);
  });

  it('searches company name, custom role title and role name, case-insensitively', async () => {
    const marker = unique('qz').replace(/\W/g, '');
    const company = await makeCompany(ctx.app, { company_name: `Acme ${marker}` });
    const role = await makeRole(ctx.app, { role_name: `Role ${marker}` });
    const byCompany = await makeInterview(ctx.app, { company_id: company.company_id });
    const byTitle = await makeInterview(ctx.app, { custom_role_title: `Title ${marker}` });
    const byRole = await makeInterview(ctx.app, { role_id: role.role_id });
    await makeInterview(ctx.app, { custom_role_title: 'Unrelated' });
    const found = await ids(`search=${marker.toUpperCase()}`);
    expect(found.sort()).toEqual(
      [byCompany.interview_id, byTitle.interview_id, byRole.interview_id].sort(),
    );
    expect((await list(`search=${marker}`)).total).toBe(3);
  });

  it('takes % and _ in a search literally', async () => {
    const marker = unique('pc').replace(/\W/g, '');
    const percent = await makeInterview(ctx.app, { custom_role_title: `100% ${marker}` });
    await makeInterview(ctx.app, { custom_role_title: `1000 ${marker}` });
    expect(await ids(`search=${encodeURIComponent(`0% ${marker}`)}`)).toEqual([
      percent.interview_id,
    ]);
    expect(await ids(`search=${encodeURIComponent(`10_ ${marker}`)}`)).toEqual([]);
  });
});

describe('GET /api/interviews sorting', () => {
  it('defaults to newest first, and sorts by created_at both ways', async () => {
    const { companyId, made } = await interviewsAt([{}, {}, {}]);
    const newestFirst = [...made].reverse();
    expect(await ids(`company_id=${companyId}`)).toEqual(newestFirst);
    expect(await ids(`company_id=${companyId}&sort_by=created_at&order=desc`)).toEqual(newestFirst);
    expect(await ids(`company_id=${companyId}&sort_by=created_at&order=asc`)).toEqual(made);
  });

  it.each(['application_date', 'first_interview_date'])(
    'sorts by %s both ways with empty dates last',
    async (field) => {
      const { companyId, made } = await interviewsAt([
        { [field]: '2024-03-01' },
        {},
        { [field]: '2024-01-15' },
        { [field]: '2024-12-31' },
      ]);
      const [march, none, january, december] = made;
      const qs = `company_id=${companyId}&sort_by=${field}`;
      expect(await ids(`${qs}&order=asc`)).toEqual([january, march, december, none]);
      expect(await ids(`${qs}&order=desc`)).toEqual([december, march, january, none]);
    },
  );

  it('sorts by company name both ways, case-insensitively, with no company last', async () => {
    const marker = unique('cn').replace(/\W/g, '');
    const names = [`b-${marker}`, `A-${marker}`, `c-${marker}`];
    const byName: number[] = [];
    for (const company_name of names) {
      const company = await makeCompany(ctx.app, { company_name });
      byName.push(
        (await makeInterview(ctx.app, { company_id: company.company_id })).interview_id as number,
      );
    }
    const none = await makeInterview(ctx.app, { custom_role_title: `No company ${marker}` });
    const [b, a, c] = byName;
    const qs = `search=${marker}&sort_by=company_name`;
    expect(await ids(`${qs}&order=asc`)).toEqual([a, b, c, none.interview_id]);
    expect(await ids(`${qs}&order=desc`)).toEqual([c, b, a, none.interview_id]);
  });

  it('follows a renamed company and an interview moved to another company', async () => {
    const marker = unique('mv').replace(/\W/g, '');
    const [alpha, beta] = [
      await makeCompany(ctx.app, { company_name: `alpha-${marker}` }),
      await makeCompany(ctx.app, { company_name: `beta-${marker}` }),
    ];
    const atAlpha = (await makeInterview(ctx.app, { company_id: alpha.company_id }))
      .interview_id as number;
    const atBeta = (await makeInterview(ctx.app, { company_id: beta.company_id }))
      .interview_id as number;
    const qs = `search=${marker}&sort_by=company_name&order=asc`;
    expect(await ids(qs)).toEqual([atAlpha, atBeta]);

    const renamed = await ctx.app.inject({
      method: 'PUT',
      url: `/api/companies/${alpha.company_id}`,
      payload: { company_name: `Zeta-${marker}` },
    });
    expect(renamed.statusCode).toBe(200);
    expect(await ids(qs)).toEqual([atBeta, atAlpha]);

    const moved = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${atBeta}`,
      payload: { company_id: alpha.company_id },
    });
    expect(moved.statusCode).toBe(200);
    expect(await ids(qs)).toEqual([atAlpha, atBeta].sort((x, y) => x - y));
  });

  it('sorts by interview_status in the declared enum order', async () => {
    const statuses = ['rescheduled', 'completed', 'scheduled', 'cancelled', 'in_progress'];
    const { companyId, made } = await interviewsAt(statuses.map((s) => ({ interview_status: s })));
    const byStatus = (s: string) => made[statuses.indexOf(s)];
    const declared = ['scheduled', 'in_progress', 'completed', 'cancelled', 'rescheduled'];
    const qs = `company_id=${companyId}&sort_by=interview_status`;
    expect(await ids(`${qs}&order=asc`)).toEqual(declared.map(byStatus));
    expect(await ids(`${qs}&order=desc`)).toEqual([...declared].reverse().map(byStatus));
  });
});

describe('GET /api/interviews pagination', () => {
  it('counts the total again after a write, though it is reused while nothing changes', async () => {
    const { companyId } = await interviewsAt([{}, {}, {}]);
    const qs = `company_id=${companyId}&limit=2`;
    expect((await list(qs)).total).toBe(3);
    expect((await list(`${qs}&skip=2`)).total).toBe(3);
    const added = await makeInterview(ctx.app, { company_id: companyId });
    expect((await list(qs)).total).toBe(4);
    const elsewhere = await makeCompany(ctx.app);
    const moved = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${added.interview_id}`,
      payload: { company_id: elsewhere.company_id },
    });
    expect(moved.statusCode).toBe(200);
    expect((await list(qs)).total).toBe(3);
    expect((await list(`${qs}&skip=10`)).total).toBe(3);
  });

  it.each(['asc', 'desc'])(
    'breaks ties on interview_id (%s): pages never overlap and cover every row',
    async (order) => {
      const fields = [
        ...Array.from({ length: 5 }, () => ({ application_date: '2024-06-01' })),
        {},
        {},
        { application_date: '2024-05-01' },
      ];
      const { companyId, made } = await interviewsAt(fields);
      const seen: number[] = [];
      let total = -1;
      for (let skip = 0; skip < made.length + 2; skip += 3) {
        const page = await list(
          `company_id=${companyId}&sort_by=application_date&order=${order}&limit=3&skip=${skip}`,
        );
        total = page.total;
        expect(page).toMatchObject({ skip, limit: 3 });
        seen.push(...page.data.map((r) => r.interview_id));
      }
      expect(total).toBe(made.length);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...made].sort());
      const dated = made.slice(0, 5);
      const byId = order === 'asc' ? dated : [...dated].reverse();
      const [early, noneA, noneB] = [made[7], made[5], made[6]];
      const nulls = order === 'asc' ? [noneA, noneB] : [noneB, noneA];
      expect(seen).toEqual(
        order === 'asc' ? [early, ...byId, ...nulls] : [...byId, early, ...nulls],
      );
    },
  );

  it('returns an empty page past the end, with the total', async () => {
    const { companyId } = await interviewsAt([{}, {}]);
    expect(await list(`company_id=${companyId}&skip=5`)).toMatchObject({ total: 2, data: [] });
  });
});
