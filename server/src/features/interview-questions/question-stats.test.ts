// A question's statistics follow its links: times_asked counts them, average_rating summarises
// the answer ratings recorded on them (1-10, shown on the bank's 0-5 scale).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkQuestion, makeInterview, makeQuestion } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/test-app.js';
import { questions } from '../../db/schema.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

async function stats(questionId: number) {
  const [row] = await ctx.database.db
    .select({
      times_asked: questions.times_asked,
      average_rating: questions.average_rating,
      updated_at: questions.updated_at,
    })
    .from(questions)
    .where(eq(questions.question_id, questionId));
  return row;
}

describe('average_rating follows the answer ratings', () => {
  it('averages ratings as they are recorded, changed and removed', async () => {
    const question = await makeQuestion(ctx.app);
    const id = question.question_id as number;
    const a = await makeInterview(ctx.app);
    const b = await makeInterview(ctx.app);

    const first = await linkQuestion(ctx.app, a.interview_id as number, id, {
      answer_quality_rating: 8,
    });
    expect(await stats(id)).toMatchObject({ times_asked: 1, average_rating: 4 });

    // An unrated answer counts as asked but does not move the rating.
    await linkQuestion(ctx.app, b.interview_id as number, id);
    expect(await stats(id)).toMatchObject({ times_asked: 2, average_rating: 4 });

    const second = await linkQuestion(ctx.app, b.interview_id as number, id, {
      answer_quality_rating: 5,
    });
    expect(await stats(id)).toMatchObject({ times_asked: 3, average_rating: 3.25 });

    await ctx.app.inject({
      method: 'PUT',
      url: `/api/interviews/${b.interview_id}/questions/${second.interview_question_id}`,
      payload: { answer_quality_rating: 10 },
    });
    expect(await stats(id)).toMatchObject({ average_rating: 4.5 });

    await ctx.app.inject({
      method: 'DELETE',
      url: `/api/interviews/${a.interview_id}/questions/${first.interview_question_id}`,
    });
    expect(await stats(id)).toMatchObject({ times_asked: 2, average_rating: 5 });

    // The bank shows the same figure.
    const read = await ctx.app.inject({ url: `/api/questions/${id}` });
    expect(read.json()).toMatchObject({ times_asked: 2, average_rating: 5 });
  });

  it('keeps a rating set by hand while nobody has rated an answer, and the updated_at', async () => {
    const question = await makeQuestion(ctx.app, { average_rating: 3.5 });
    const id = question.question_id as number;
    const before = await stats(id);
    const interview = await makeInterview(ctx.app);
    await linkQuestion(ctx.app, interview.interview_id as number, id);
    const after = await stats(id);
    expect(after).toMatchObject({ times_asked: 1, average_rating: 3.5 });
    expect(after?.updated_at).toEqual(before?.updated_at);
  });
});

describe('times_asked under racing deletes', () => {
  it('drops by one per link really deleted, however many deletes race', async () => {
    const question = await makeQuestion(ctx.app);
    const id = question.question_id as number;
    const interview = await makeInterview(ctx.app);
    const links = [];
    for (let i = 0; i < 4; i++) {
      links.push(await linkQuestion(ctx.app, interview.interview_id as number, id));
    }
    const target = links[0]?.interview_question_id;
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        ctx.app.inject({
          method: 'DELETE',
          url: `/api/interviews/${interview.interview_id}/questions/${target}`,
        }),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 204).length).toBeGreaterThanOrEqual(1);
    expect(responses.every((r) => r.statusCode === 204 || r.statusCode === 404)).toBe(true);
    expect((await stats(id))?.times_asked).toBe(3);
  });
});
