// Saving a question link's dialog without changes sends an empty body: it must succeed and
// change nothing, updated_at included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertQuestion, linkQuestion, makeInterview } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('PUT /api/interviews/{interview_id}/questions/{interview_question_id} with an empty body', () => {
  it('answers the link as it is and changes nothing', async () => {
    const interview = await makeInterview(ctx.app);
    const question = await insertQuestion(ctx.database);
    const link = await linkQuestion(
      ctx.app,
      interview.interview_id as number,
      question.question_id,
      {
        candidate_answer: 'Hash the URL',
      },
    );
    const url = `/api/interviews/${interview.interview_id}/questions/${link.interview_question_id}`;
    const res = await ctx.app.inject({ method: 'PUT', url, payload: {} });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(link);
    expect((await ctx.app.inject({ url })).json()).toEqual(link);
  });
});
