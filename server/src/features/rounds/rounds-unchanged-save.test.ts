// Saving a round's dialog without changes sends an empty body (or only the path's interview id):
// it must succeed and change nothing, updated_at included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInterview, makeRound } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('PUT /api/interviews/{interview_id}/rounds/{round_id} without changes', () => {
  it.each([
    ['an empty body', (_interviewId: number) => ({})],
    ['only the interview id', (interviewId: number) => ({ interview_id: interviewId })],
  ])('answers the round as it is for %s', async (_what, body) => {
    const interview = await makeInterview(ctx.app);
    const interviewId = interview.interview_id as number;
    const round = await makeRound(ctx.app, interviewId, { round_name: 'Phone screen' });
    const url = `/api/interviews/${interviewId}/rounds/${round.round_id}`;
    const res = await ctx.app.inject({ method: 'PUT', url, payload: body(interviewId) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(round);
    expect((await ctx.app.inject({ url })).json()).toEqual(round);
  });
});
