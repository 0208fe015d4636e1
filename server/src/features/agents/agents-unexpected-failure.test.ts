// A failure the answer did not expect (here: the database is gone when the bank is searched)
// ends the stream with a masked internal error, and /answer with a 500 saying the same: the
// user never sees a driver's message or a half answer marked complete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, parseSse, type TestContext } from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  await ctx.database.close();
});
afterAll(async () => ctx?.close());

const QUESTION = 'How would you design a URL shortening service?';
const MASKED = 'The answer failed because of an internal error';

describe('an unexpected failure while answering', () => {
  it('ends the stream with an internal_error event, never complete', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer-stream',
      payload: { question: QUESTION },
    });
    expect(res.statusCode).toBe(200);
    const events = parseSse(res.body);
    expect(events.map((e) => e.event_type)).toEqual(['start', 'routing', 'processing', 'error']);
    expect(events.at(-1)?.data).toEqual({ error: 'internal_error', message: MASKED });
  });

  it('is a 500 with the same masked detail on /api/agents/answer', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer',
      payload: { question: QUESTION },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'internal_error', detail: MASKED });
    expect(res.body).not.toMatch(/PGlite|closed|postgres/i);
  });
});
