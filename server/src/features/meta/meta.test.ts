import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('service meta', () => {
  it('GET / names the service and links the docs', async () => {
    const res = await ctx.app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Interview Tracking System',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      links: { docs: '/docs', redoc: '/redoc', openapi: '/openapi.json' },
    });
  });

  it('health answers without the database; ready checks it', async () => {
    expect((await ctx.app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: ctx.database.kind });
  });

  it('ready is a 503 database_unavailable once the database is gone; health still answers', async () => {
    const lost = await createTestApp();
    try {
      await lost.database.close();
      const ready = await lost.app.inject({ url: '/api/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ code: 'database_unavailable' });
      // The driver's reason (pool ended, PGlite closed), not Drizzle's "Failed query: select 1".
      expect(ready.json().detail).toMatch(
        /^The database is not reachable: .*(after calling end on the pool|closed)/i,
      );
      expect((await lost.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await lost.close();
    }
    // A second database of its own: slow on a busy machine, not a wall-clock assertion.
  }, 60_000);

  it('an unknown route is a JSON 404 with a request id echoed in the header', async () => {
    const res = await ctx.app.inject({ url: '/api/nope', headers: { 'x-request-id': 'trace-42' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      detail: 'No route for GET /api/nope',
      code: 'not_found',
      request_id: 'trace-42',
    });
    expect(res.headers['x-request-id']).toBe('trace-42');
  });

  it('allows cross-origin calls by default', async () => {
    const res = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/companies',
      headers: { origin: 'http://localhost:4200', 'access-control-request-method': 'POST' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:4200');
  });
});

describe('API documentation', () => {
  it('serves an OpenAPI 3.1 document where every operation has a summary, tag and id', async () => {
    const res = await ctx.app.inject({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(
      doc.paths as Record<string, Record<string, Record<string, unknown>>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    for (const path of [
      '/api/interviews',
      '/api/interviews/{interview_id}',
      '/api/interviews/{interview_id}/rounds',
      '/api/interviews/{interview_id}/rounds/{round_id}',
      '/api/interviews/{interview_id}/questions',
      '/api/interviews/{interview_id}/questions/{interview_question_id}',
      '/api/companies',
      '/api/companies/{company_id}',
      '/api/roles',
      '/api/roles/{role_id}',
      '/api/skills',
      '/api/skills/{skill_id}',
      '/api/questions',
      '/api/questions/{question_id}',
      '/api/questions/category/{category}',
      '/api/stats/overview',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const ids = new Set<string>();
    for (const { path, method, op } of operations) {
      expect(op.summary, `${method} ${path}`).toEqual(expect.any(String));
      expect(op.tags, `${method} ${path}`).toHaveLength(1);
      expect(op.operationId, `${method} ${path}`).toEqual(expect.any(String));
      ids.add(op.operationId as string);
    }
    expect(ids.size).toBe(operations.length);
    expect(
      doc.paths['/api/companies'].post.requestBody.content['application/json'].example,
    ).toMatchObject({
      company_name: 'TechCorp Inc',
    });
  });

  it('serves Swagger UI and ReDoc from local files', async () => {
    const docs = await ctx.app.inject({ url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    expect(docs.body).not.toMatch(/src="https?:/);
    const bundleJs = await ctx.app.inject({ url: '/docs/static/swagger-ui-bundle.js' });
    expect(bundleJs.statusCode).toBe(200);
    const redoc = await ctx.app.inject({ url: '/redoc' });
    expect(redoc.statusCode).toBe(200);
    expect(redoc.body).toContain('<script src="/redoc/redoc.standalone.js">');
    const bundle = await ctx.app.inject({ url: '/redoc/redoc.standalone.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
  });
});
