// What a request body may not carry, refused with a 400 that names the problem before anything
// is written: a field the API has never had, a read-only field is fine; NUL characters; a
// __proto__ key; bytes that are not UTF-8; a timestamp that is not a real instant; ids written
// other than in decimal digits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInterview } from '../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../test/test-app.js';
import { companies, interviews } from '../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const raw = (url: string, body: Buffer | string, contentType = 'application/json') =>
  ctx.app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': contentType } });

describe('fields a body may carry', () => {
  it('refuses a misspelled field, naming it and the field it probably meant', async () => {
    const interview = await makeInterview(ctx.app);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${interview.interview_id}`,
      payload: { interview_stauts: 'completed' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'validation_error',
      detail:
        'body/interview_stauts is not a field of this request (did you mean interview_status?)',
    });
    const after = await ctx.app.inject({ url: `/api/interviews/${interview.interview_id}` });
    expect(after.json().interview_status).toBe('scheduled');
  });

  it('accepts a record read with GET and sent back whole with one change (read-modify-write)', async () => {
    const interview = await makeInterview(ctx.app, { custom_role_title: 'Engineer' });
    const url = `/api/interviews/${interview.interview_id}`;
    const read = (await ctx.app.inject({ url })).json();
    const res = await ctx.app.inject({
      method: 'PUT',
      url,
      payload: { ...read, custom_role_title: 'Staff Engineer', interview_id: 1, rounds: [] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      interview_id: interview.interview_id,
      custom_role_title: 'Staff Engineer',
      created_at: read.created_at,
    });
  });
});

describe('content a body may not carry', () => {
  it.each([
    [
      { company_name: 'Nul\u0000Corp' },
      'body/company_name must not contain NUL (\\u0000) characters',
    ],
    [{ company_name: 'Ok', __proto__x: 1 }, 'body/__proto__x is not a field of this request'],
  ])('%j → 400', async (payload, detail) => {
    const before = await countRows(ctx.database, companies);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/companies', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(detail);
    expect(await countRows(ctx.database, companies)).toBe(before);
  });

  it('refuses a __proto__ key as such, not as malformed JSON', async () => {
    const res = await raw('/api/companies', '{"company_name":"Proto","__proto__":{"admin":true}}');
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe('body/__proto__ is not allowed as a field name');
  });

  it('refuses nesting deeper than 32 levels, however deep (found by the generated-input test)', async () => {
    const before = await countRows(ctx.database, companies);
    for (const body of [
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `{"company_name":"Deep","industry":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
    ]) {
      const res = await raw('/api/companies', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toBe('body nests arrays and objects more than 32 levels deep');
    }
    expect(await countRows(ctx.database, companies)).toBe(before);
  });

  it('refuses NUL in an agent question before any work starts', async () => {
    for (const url of ['/api/agents/answer', '/api/agents/answer-stream']) {
      const res = await ctx.app.inject({
        method: 'POST',
        url,
        payload: { question: 'How would you\u0000 design a cache?' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/json/);
      expect(res.json().detail).toBe('body/question must not contain NUL (\\u0000) characters');
    }
  });

  it('refuses bytes that are not UTF-8, and a body declared in another charset', async () => {
    const before = await countRows(ctx.database, companies);
    const latin1 = Buffer.concat([
      Buffer.from('{"company_name":"Caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    const invalid = await raw('/api/companies', latin1);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().detail).toBe('The request body is not valid UTF-8');
    const declared = await raw(
      '/api/companies',
      '{"company_name":"Cafe"}',
      'application/json; charset=iso-8859-1',
    );
    expect(declared.statusCode).toBe(400);
    expect(declared.json().detail).toBe(
      'Send the body as UTF-8: Content-Type declares charset=iso-8859-1',
    );
    const utf8 = await raw(
      '/api/companies',
      '{"company_name":"Café Ünïcode 1"}',
      'application/json; charset=utf-8',
    );
    expect(utf8.statusCode).toBe(201);
    expect(utf8.json().company_name).toBe('Café Ünïcode 1');
    expect(await countRows(ctx.database, companies)).toBe(before + 1);
  });
});

describe('values that look valid but are not', () => {
  it.each(['2016-12-31T23:59:60Z', '2024-02-30T10:00:00Z', '2024-13-01T00:00:00Z'])(
    'refuses the timestamp %s with a 400, on create and update',
    async (timestamp) => {
      const before = await countRows(ctx.database, interviews);
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/interviews',
        payload: { seniority_level: 'mid', cv_uploaded_at: timestamp },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toBe(
        'body/cv_uploaded_at must be an ISO-8601 timestamp with a time zone, like 2024-12-01T10:00:00Z',
      );
      expect(await countRows(ctx.database, interviews)).toBe(before);
      const interview = await makeInterview(ctx.app);
      const put = await ctx.app.inject({
        method: 'PUT',
        url: `/api/interviews/${interview.interview_id}`,
        payload: { cv_last_updated: timestamp },
      });
      expect(put.statusCode).toBe(400);
    },
  );

  it.each(['1e3', '0x10', '+5', '5.0', ' 7'])(
    'refuses the id %j in a path or query',
    async (id) => {
      const path = await ctx.app.inject({ url: `/api/interviews/${encodeURIComponent(id)}` });
      expect(path.statusCode).toBe(400);
      expect(path.json().detail).toBe('path/interview_id must be a whole number');
      const query = await ctx.app.inject({
        url: `/api/interviews?company_id=${encodeURIComponent(id)}`,
      });
      expect(query.statusCode).toBe(400);
      expect(query.json().detail).toBe('query/company_id must be a whole number');
    },
  );
});

describe('lists and references', () => {
  it('refuses more than 100 tags, and related skills that do not exist', async () => {
    const tags = await ctx.app.inject({
      method: 'POST',
      url: '/api/questions',
      payload: {
        question_text: 'How would you shard a database?',
        question_category: 'technical',
        tags: Array.from({ length: 101 }, (_, i) => `t${i}`),
      },
    });
    expect(tags.statusCode).toBe(400);
    expect(tags.json().detail).toBe('body/tags must have at most 100 items');
    const skill = await ctx.app.inject({
      method: 'POST',
      url: '/api/skills',
      payload: { skill_name: 'Kafka streams', related_skills: [999_998, 999_999] },
    });
    expect(skill.statusCode).toBe(404);
    expect(skill.json().detail).toBe('Related skill(s) 999998, 999999 not found');
  });
});
