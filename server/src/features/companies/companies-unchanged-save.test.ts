// Saving a company form without changes sends an empty body: it must succeed and change
// nothing, updated_at included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCompany } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('PUT /api/companies/{company_id} with an empty body', () => {
  it('answers the company as it is and changes nothing', async () => {
    const company = await makeCompany(ctx.app, { industry: 'Retail' });
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/companies/${company.company_id}`,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(company);
    const after = await ctx.app.inject({ url: `/api/companies/${company.company_id}` });
    expect(after.json()).toEqual(company);
  });

  it('is still a 404 for an unknown company', async () => {
    const res = await ctx.app.inject({ method: 'PUT', url: '/api/companies/999999', payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ detail: 'Company 999999 not found', code: 'not_found' });
  });
});
