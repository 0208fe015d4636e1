import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCompany, makeInterview, unique } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { companies } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('POST /api/companies', () => {
  it('creates a company and returns every stored field', async () => {
    const payload = {
      company_name: unique('TechCorp'),
      industry: 'Technology',
      company_size: '1000-5000',
      headquarters: 'San Francisco, CA',
      website: 'https://techcorp.com',
      company_description: 'Leading technology company',
    };
    const res = await ctx.app.inject({ method: 'POST', url: '/api/companies', payload });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      company_id: expect.any(Number),
      ...payload,
      created_at: expect.stringMatching(ISO_Z),
      updated_at: expect.stringMatching(ISO_Z),
    });
    const [stored] = await ctx.database.db
      .select()
      .from(companies)
      .where(eq(companies.company_id, body.company_id));
    expect(stored?.company_name).toBe(payload.company_name);
  });

  it('fills optional fields with null and ignores the read-only fields sent back', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/companies/',
      payload: { company_name: unique('Minimal'), company_id: 424_242, updated_at: 'yesterday' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.industry).toBeNull();
    expect(body.company_description).toBeNull();
    expect(body.company_id).not.toBe(424_242);
  });

  it.each([
    [{}, 'body/company_name is required'],
    [{ company_name: null }, 'body/company_name must not be null'],
    [{ company_name: 42 }, 'body/company_name must be a string'],
    [{ company_name: '' }, 'body/company_name must not be empty'],
    [{ company_name: '   ' }, 'body/company_name must not be blank'],
    [{ company_name: 'x'.repeat(201) }, 'body/company_name must be at most 200 characters'],
    [
      { company_name: 'Ok name', industry: 'x'.repeat(101) },
      'body/industry must be at most 100 characters',
    ],
    [
      { company_name: 'Ok name', website: 'x'.repeat(501) },
      'body/website must be at most 500 characters',
    ],
  ])('rejects %j with a 400 naming the field and writes nothing', async (payload, detail) => {
    const before = await countRows(ctx.database, companies);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/companies', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      detail,
      code: 'validation_error',
      request_id: expect.any(String),
    });
    expect(await countRows(ctx.database, companies)).toBe(before);
  });

  it('rejects malformed JSON with a 400', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/companies',
      headers: { 'content-type': 'application/json' },
      payload: '{"company_name": "Broken",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/^Malformed JSON/);
  });

  it('rejects a body that is not JSON with a 400', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/companies',
      headers: { 'content-type': 'text/plain' },
      payload: 'company_name=Acme',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/application\/json/);
  });

  it('rejects a duplicate name, whatever its case, and writes nothing', async () => {
    const name = unique('Dupe Co');
    await makeCompany(ctx.app, { company_name: name });
    const before = await countRows(ctx.database, companies);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/companies',
      payload: { company_name: name.toUpperCase() },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      detail: 'Company with this name already exists',
      code: 'conflict',
    });
    expect(await countRows(ctx.database, companies)).toBe(before);
  });
});

describe('GET /api/companies', () => {
  it('lists by name, case-insensitively, with skip and limit', async () => {
    const tag = unique('Zeta').replace(/\W/g, '');
    for (const name of [`b-${tag}`, `A-${tag}`, `c-${tag}`])
      await makeCompany(ctx.app, { company_name: name });
    const res = await ctx.app.inject({ url: `/api/companies?search=${tag}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((c: { company_name: string }) => c.company_name)).toEqual([
      `A-${tag}`,
      `b-${tag}`,
      `c-${tag}`,
    ]);
    const page = await ctx.app.inject({ url: `/api/companies/?search=${tag}&skip=1&limit=1` });
    expect(page.json().map((c: { company_name: string }) => c.company_name)).toEqual([`b-${tag}`]);
  });

  it('searches name and industry case-insensitively, taking % and _ literally', async () => {
    const marker = unique('qx').replace(/\W/g, '');
    const byIndustry = await makeCompany(ctx.app, { industry: `Fin${marker}tech` });
    const percent = await makeCompany(ctx.app, { company_name: `100% ${marker}` });
    await makeCompany(ctx.app, { company_name: `100X ${marker}` });
    const industry = await ctx.app.inject({
      url: `/api/companies?search=${marker.toUpperCase()}TECH`,
    });
    expect(industry.json().map((c: { company_id: number }) => c.company_id)).toEqual([
      byIndustry.company_id,
    ]);
    const literal = await ctx.app.inject({
      url: `/api/companies?search=${encodeURIComponent(`0% ${marker}`)}`,
    });
    expect(literal.json().map((c: { company_id: number }) => c.company_id)).toEqual([
      percent.company_id,
    ]);
    const underscore = await ctx.app.inject({
      url: `/api/companies?search=${encodeURIComponent('10_')}`,
    });
    expect(underscore.json()).toEqual([]);
  });

  it.each([
    ['limit=101', 'query/limit must be 100 or less'],
    ['limit=0', 'query/limit must be 1 or more'],
    ['skip=-1', 'query/skip must be 0 or more'],
    ['limit=ten', 'query/limit must be a whole number'],
  ])('rejects %s with a 400', async (qs, detail) => {
    const res = await ctx.app.inject({ url: `/api/companies?${qs}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
  });

  it('defaults to the first 50 rows', async () => {
    await ctx.database.db
      .insert(companies)
      .values(Array.from({ length: 55 }, (_, i) => ({ company_name: unique(`Bulk ${i}`) })));
    const res = await ctx.app.inject({ url: '/api/companies' });
    const all = await ctx.app.inject({ url: '/api/companies?limit=100' });
    expect(all.json().length).toBeGreaterThan(50);
    expect(res.json()).toEqual(all.json().slice(0, 50));
  });
});

describe('GET /api/companies/{company_id}', () => {
  it('returns the company', async () => {
    const company = await makeCompany(ctx.app, { industry: 'Retail' });
    const res = await ctx.app.inject({ url: `/api/companies/${company.company_id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(company);
  });

  it('is a 404 for an unknown id and a 400 for a malformed one', async () => {
    const missing = await ctx.app.inject({ url: '/api/companies/999999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ detail: 'Company 999999 not found', code: 'not_found' });
    const malformed = await ctx.app.inject({ url: '/api/companies/abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().detail).toBe('path/company_id must be a whole number');
    const huge = await ctx.app.inject({ url: '/api/companies/99999999999' });
    expect(huge.statusCode).toBe(400);
  });
});

describe('PUT /api/companies/{company_id}', () => {
  it('changes only the fields sent and moves updated_at', async () => {
    const company = await makeCompany(ctx.app, { industry: 'Retail', headquarters: 'Paris' });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/companies/${company.company_id}`,
      payload: { industry: 'E-commerce', headquarters: null },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      company_name: company.company_name,
      industry: 'E-commerce',
      headquarters: null,
    });
    expect(Date.parse(body.updated_at)).toBeGreaterThan(Date.parse(company.updated_at as string));
    expect(body.created_at).toBe(company.created_at);
  });

  it('refuses a rename onto another company and a null name, changing nothing', async () => {
    const a = await makeCompany(ctx.app);
    const b = await makeCompany(ctx.app);
    const clash = await ctx.app.inject({
      method: 'PUT',
      url: `/api/companies/${b.company_id}`,
      payload: { company_name: a.company_name, industry: 'Changed' },
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().detail).toBe('Company with this name already exists');
    const nulled = await ctx.app.inject({
      method: 'PUT',
      url: `/api/companies/${b.company_id}`,
      payload: { company_name: null },
    });
    expect(nulled.statusCode).toBe(400);
    const after = await ctx.app.inject({ url: `/api/companies/${b.company_id}` });
    expect(after.json()).toEqual(b);
  });

  it('allows keeping its own name in another case', async () => {
    const a = await makeCompany(ctx.app);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/companies/${a.company_id}`,
      payload: { company_name: String(a.company_name).toUpperCase() },
    });
    expect(res.statusCode).toBe(200);
  });

  it('is a 404 for an unknown id', async () => {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/companies/999999',
      payload: { industry: 'x' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('DELETE /api/companies/{company_id}', () => {
  it('deletes an unreferenced company', async () => {
    const company = await makeCompany(ctx.app);
    const res = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/companies/${company.company_id}`,
    });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const after = await ctx.app.inject({ url: `/api/companies/${company.company_id}` });
    expect(after.statusCode).toBe(404);
  });

  it('refuses while interviews use it, naming the company and the interviews, and keeps it', async () => {
    const company = await makeCompany(ctx.app, { company_name: unique('Acme') });
    const first = await makeInterview(ctx.app, {
      company_id: company.company_id,
      custom_role_title: 'Staff Engineer',
    });
    const second = await makeInterview(ctx.app, { company_id: company.company_id });
    const res = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/companies/${company.company_id}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'conflict',
      detail: `Company "${company.company_name}" is still used by 2 interviews: #${first.interview_id} (Staff Engineer) and #${second.interview_id}; reassign or delete them first`,
    });
    const after = await ctx.app.inject({ url: `/api/companies/${company.company_id}` });
    expect(after.statusCode).toBe(200);
  });

  it('is a 404 for an unknown id', async () => {
    const res = await ctx.app.inject({ method: 'DELETE', url: '/api/companies/999999' });
    expect(res.statusCode).toBe(404);
  });
});
