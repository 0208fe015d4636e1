import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCompany, makeInterview, makeQuestion } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { questions } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const csvPost = (url: string, payload: string) =>
  ctx.app.inject({ method: 'POST', url, headers: { 'content-type': 'text/csv' }, payload });

describe('CSV export', () => {
  it('writes interviews with a header, lists joined by ; and formulas neutralised', async () => {
    const company = await makeCompany(ctx.app, { company_name: '=HYPERLINK("http://x")' });
    await makeInterview(ctx.app, {
      company_id: company.company_id,
      main_skills_required: ['Go', 'SQL, advanced'],
      overall_feedback: 'Line one\nline two',
    });
    const res = await ctx.app.inject({ method: 'GET', url: '/api/export/interviews.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [header, row] = parse(res.body) as string[][];
    const at = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(header).toContain('company_name');
    expect(at('company_name')).toBe(`'=HYPERLINK("http://x")`);
    expect(at('main_skills_required')).toBe('Go;SQL, advanced');
    expect(at('overall_feedback')).toBe('Line one\nline two');
  });

  it('round-trips questions through export and import', async () => {
    await makeQuestion(ctx.app, {
      question_text: '+Explain how a B-tree index works',
      question_category: 'technical',
      tags: ['databases', 'indexes'],
    });
    const exported = await ctx.app.inject({ method: 'GET', url: '/api/export/questions.csv' });
    expect(exported.body).toContain("'+Explain");
    const before = await countRows(ctx.database, questions);
    const res = await csvPost('/api/import/questions.csv', exported.body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ created: before, skipped: 0, errors: [] });
    const search = await ctx.app.inject({
      method: 'GET',
      url: '/api/questions?search=B-tree%20index',
    });
    const found = search.json().data as { question_text: string; tags: string[] }[];
    expect(found).toHaveLength(2);
    for (const q of found) {
      expect(q.question_text).toBe('+Explain how a B-tree index works');
      expect(q.tags).toEqual(['databases', 'indexes']);
    }
  });
});

describe('POST /api/import/questions.csv', () => {
  const file = [
    'question_text,question_category,tags',
    'How do you design a rate limiter?,system_design,scale;limits',
    'Too short,coding,',
    'Describe a conflict you resolved,behavioural,',
  ].join('\n');

  it('refuses a file with invalid rows, naming their lines, and writes nothing', async () => {
    const before = await countRows(ctx.database, questions);
    const res = await csvPost('/api/import/questions.csv', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/line 3: question_text.*line 4: question_category/);
    expect(await countRows(ctx.database, questions)).toBe(before);
  });

  it('previews with ?dry_run=true: counts and row errors, nothing written', async () => {
    const before = await countRows(ctx.database, questions);
    const res = await csvPost('/api/import/questions.csv?dry_run=true', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      created: 1,
      skipped: 2,
      errors: [{ line: 3 }, { line: 4 }],
    });
    expect(await countRows(ctx.database, questions)).toBe(before);
  });

  it('keeps the valid rows with ?partial=true and reports the others', async () => {
    const before = await countRows(ctx.database, questions);
    const res = await csvPost('/api/import/questions.csv?partial=true', file);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      created: 1,
      skipped: 2,
      errors: [{ line: 3 }, { line: 4 }],
    });
    expect(await countRows(ctx.database, questions)).toBe(before + 1);
  });

  it('refuses a file without the needed columns', async () => {
    const res = await csvPost('/api/import/questions.csv', 'title,notes\na,b\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('question_text and question_category');
  });
});
