// The database gone while answering (the bank is searched for the user's notes): the stream
// ends with a database_unavailable event, /answer is a 503 saying the same, and the user never
// sees a driver's message or a half answer marked complete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, parseSse, type TestContext } from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  await ctx.database.close();
});
afterAll(async () => ctx?.close());

const QUESTION = 'How would you design a URL shortening service?';
const UNAVAILABLE = 'The database is not reachable right now';

describe('an unexpected failure while answering', () => {
  it('ends the stream with a database_unavailable event, never complete', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer-stream',
      payload: { question: QUESTION },
    });
    expect(res.statusCode).toBe(200);
    const events = parseSse(res.body);
    expect(events.map((e) => e.event_type)).toEqual(['start', 'routing', 'processing', 'error']);
    expect(events.at(-1)?.data).toEqual({ error: 'database_unavailable', message: UNAVAILABLE });
  });

  it('is a 503 with the same detail on /api/agents/answer', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer',
      payload: { question: QUESTION },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'database_unavailable', detail: UNAVAILABLE });
    expect(res.body).not.toMatch(/PGlite|closed|postgres/i);
  });
});
