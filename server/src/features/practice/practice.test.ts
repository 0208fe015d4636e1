import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInterview, makeQuestion, makeRole } from '../../../test/factories.js';
import { countRows, createTestApp, type TestContext } from '../../../test/test-app.js';
import { practiceCards, practiceReviews, practiceSessions } from '../../db/schema.js';
import { ratingForScore, streakOf } from './practice.service.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

// biome-ignore lint/suspicious/noExplicitAny: response bodies of many shapes, read in assertions
type Json = Record<string, any>;

const due = async (query = '') =>
  (await ctx.app.inject({ url: `/api/practice/due?limit=100${query}` })).json() as Json;
const review = (questionId: number, payload: Json) =>
  ctx.app.inject({ method: 'POST', url: `/api/practice/${questionId}/reviews`, payload });

const RATE_LIMITER = {
  question_text: 'How would you design a rate limiter for a public API?',
  question_category: 'system_design',
  tags: ['practice-test'],
  key_concepts: ['Token bucket', 'Sliding window counter', 'Redis for shared counters'],
  common_mistakes: ['Counting requests in the memory of each instance'],
  answer_summary:
    'A token bucket per client, its counters in Redis so every instance shares them. A sliding window counter smooths the boundary bursts of fixed windows.',
};

describe('spaced repetition', () => {
  it('lists a new question as due, then a good review moves its due date into the future', async () => {
    const q = await makeQuestion(ctx.app, { ...RATE_LIMITER, tags: ['srs-1'] });
    const before = await due('&tags=srs-1');
    expect(before.total).toBe(1);
    expect(before.data[0]).toMatchObject({ question_id: q.question_id, is_new: true, card: null });

    const res = await review(q.question_id as number, {
      rating: 'good',
      answer_text: 'A token bucket in Redis.',
      duration_seconds: 40,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(new Date(body.card.due).getTime()).toBeGreaterThan(Date.now());
    expect(body.card).toMatchObject({ question_id: q.question_id, reps: 1, state: 'learning' });
    expect(body.review).toMatchObject({ rating: 'good', due_before: null, duration_seconds: 40 });
    expect(body.times_practiced).toBe(1);
    // good is 4 on the bank's 0-5 scale.
    expect(body.average_rating).toBe(4);

    expect((await due('&tags=srs-1')).total).toBe(0);
    const question = (await ctx.app.inject({ url: `/api/questions/${q.question_id}` })).json();
    expect(question).toMatchObject({ times_practiced: 1, average_rating: 4 });
  });

  it('schedules easy further out than again, and keeps the history oldest first', async () => {
    const a = await makeQuestion(ctx.app, { ...RATE_LIMITER, tags: ['srs-2'] });
    const b = await makeQuestion(ctx.app, { ...RATE_LIMITER, tags: ['srs-2'] });
    const again = (await review(a.question_id as number, { rating: 'again' })).json();
    const easy = (await review(b.question_id as number, { rating: 'easy' })).json();
    const dueAgain = new Date(again.card.due).getTime();
    const dueEasy = new Date(easy.card.due).getTime();
    expect(dueEasy - Date.now()).toBeGreaterThan(24 * 3600 * 1000);
    expect(dueAgain).toBeLessThan(dueEasy);

    const second = (await review(b.question_id as number, { rating: 'good' })).json();
    expect(new Date(second.review.due_before).getTime()).toBe(dueEasy);
    expect(second.times_practiced).toBe(2);
    // mean of easy 5 and good 4
    expect(second.average_rating).toBe(4.5);
    const history = (
      await ctx.app.inject({ url: `/api/practice/${b.question_id}/reviews` })
    ).json();
    expect(history.data.map((r: Json) => r.rating)).toEqual(['easy', 'good']);
    expect(history.card.reps).toBe(2);
  });

  it('never lists a deleted question, refuses to review it, and keeps its history when restored', async () => {
    const q = await makeQuestion(ctx.app, { ...RATE_LIMITER, tags: ['srs-3'] });
    await review(q.question_id as number, { rating: 'again' });
    await ctx.app.inject({ method: 'DELETE', url: `/api/questions/${q.question_id}` });
    expect((await due('&tags=srs-3')).total).toBe(0);
    const refused = await review(q.question_id as number, { rating: 'good' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/deleted/);

    await ctx.app.inject({
      method: 'PUT',
      url: `/api/questions/${q.question_id}`,
      payload: { is_active: true },
    });
    const history = (
      await ctx.app.inject({ url: `/api/practice/${q.question_id}/reviews` })
    ).json();
    expect(history.data).toHaveLength(1);
    expect(history.card).not.toBeNull();
  });

  it('orders the most overdue first and counts per category', async () => {
    const first = await makeQuestion(ctx.app, { ...RATE_LIMITER, tags: ['srs-4'] });
    const second = await makeQuestion(ctx.app, {
      ...RATE_LIMITER,
      question_category: 'behavioral',
      question_text: 'Tell me about a time you disagreed with your manager.',
      tags: ['srs-4'],
    });
    const list = await due('&tags=srs-4');
    expect(list.total).toBe(2);
    expect(list.by_category).toEqual(
      expect.arrayContaining([
        { category: 'system_design', count: 1 },
        { category: 'behavioral', count: 1 },
      ]),
    );
    expect(list.data.map((d: Json) => d.question_id)).toEqual([
      first.question_id,
      second.question_id,
    ]);
    const filtered = await due('&tags=srs-4&category=behavioral');
    expect(filtered.data.map((d: Json) => d.question_id)).toEqual([second.question_id]);
  });

  it('rejects a bad rating or a missing question with a detail, writing nothing', async () => {
    const q = await makeQuestion(ctx.app, RATE_LIMITER);
    const reviews = await countRows(ctx.database, practiceReviews);
    const cards = await countRows(ctx.database, practiceCards);
    const bad = await review(q.question_id as number, { rating: 'great' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/rating/);
    const negative = await review(q.question_id as number, {
      rating: 'good',
      duration_seconds: -1,
    });
    expect(negative.statusCode).toBe(400);
    const missing = await review(999_999, { rating: 'good' });
    expect(missing.statusCode).toBe(404);
    expect(await countRows(ctx.database, practiceReviews)).toBe(reviews);
    expect(await countRows(ctx.database, practiceCards)).toBe(cards);
  });

  it('makes an imported starter-pack category due', async () => {
    const before = await due('&category=behavioral');
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/api/starter-pack/import',
      payload: { category: 'behavioral' },
    });
    expect(imported.statusCode).toBe(200);
    const count = imported.json().imported.length;
    expect(count).toBeGreaterThan(0);
    const after = await due('&category=behavioral');
    expect(after.new_count).toBe(before.new_count + count);
    expect(after.total).toBe(before.total + count);
  });

  it('reports a streak and what is due today', async () => {
    const stats = (await ctx.app.inject({ url: '/api/practice/stats' })).json();
    expect(stats.streak_days).toBe(1);
    expect(stats.reviewed_today).toBeGreaterThan(0);
    expect(stats.due_today).toBeGreaterThanOrEqual(stats.due_now);
    expect(stats.total_reviews).toBe(stats.reviewed_today);
  });
});

describe('streaks and score ratings', () => {
  it('counts consecutive days ending today or yesterday', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(streakOf(['2026-03-10', '2026-03-09', '2026-03-08', '2026-03-06'], now)).toBe(3);
    expect(streakOf(['2026-03-09', '2026-03-08'], now)).toBe(2);
    expect(streakOf(['2026-03-07'], now)).toBe(0);
  });
  it('maps scores to ratings', () => {
    expect([1, 3, 4, 5, 6, 8, 9, 10].map(ratingForScore)).toEqual([
      'again',
      'again',
      'hard',
      'hard',
      'good',
      'good',
      'easy',
      'easy',
    ]);
  });
});

describe('mock interview', () => {
  it('asks due questions first, then the playbook, reviews each answer and summarises', async () => {
    const q = await makeQuestion(ctx.app, {
      ...RATE_LIMITER,
      question_category: 'leadership',
      question_text: 'How do you grow senior engineers on a team you lead?',
      key_concepts: ['Stretch assignments', 'Regular feedback'],
      common_mistakes: [],
    });
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/practice/sessions',
      payload: { category: 'leadership', count: 3 },
    });
    expect(created.statusCode).toBe(201);
    const session = created.json();
    expect(session.questions).toHaveLength(3);
    expect(session.questions[0].question_id).toBe(q.question_id);
    expect(session.next_question_id).toBe(q.question_id);

    const answers = [
      'I give stretch assignments, such as leading a design review, and regular feedback every week in one-to-ones.',
      'I would talk to them.',
      'I listen first and agree on the outcome we both want, for example a shared deadline.',
    ];
    let last: Json = {};
    for (const [i, question] of session.questions.entries()) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: `/api/practice/sessions/${session.session_id}/answers`,
        payload: {
          question_id: question.question_id,
          answer: answers[i],
          duration_seconds: 60 + i * 30,
        },
      });
      expect(res.statusCode).toBe(201);
      last = res.json();
      expect(last.review.session_id).toBe(session.session_id);
      expect(last.feedback.score).toBeGreaterThanOrEqual(1);
    }
    expect(last.completed).toBe(true);
    expect(last.next_question_id).toBeNull();

    const summary = (
      await ctx.app.inject({ url: `/api/practice/sessions/${session.session_id}` })
    ).json();
    expect(summary.completed_at).not.toBeNull();
    expect(summary.summary).toMatchObject({ answered: 3, total: 3, total_seconds: 270 });
    expect(summary.summary.average_seconds).toBe(90);
    expect(summary.summary.by_category[0]).toMatchObject({ category: 'leadership', answered: 3 });
    expect(summary.summary.most_missed.length).toBeGreaterThan(0);
    expect(summary.answers).toHaveLength(3);
    // The first answer named both of its concepts.
    expect(summary.answers[0].feedback.covered.map((c: Json) => c.concept)).toEqual([
      'Stretch assignments',
      'Regular feedback',
    ]);
    const practised = (await ctx.app.inject({ url: `/api/questions/${q.question_id}` })).json();
    expect(practised.times_practiced).toBe(1);
  });

  it('refuses a question outside the session or answered twice, writing nothing', async () => {
    const session = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/practice/sessions',
        payload: { category: 'coding', count: 1 },
      })
    ).json();
    const questionId = session.questions[0].question_id;
    const url = `/api/practice/sessions/${session.session_id}/answers`;
    const reviews = await countRows(ctx.database, practiceReviews);
    const outside = await ctx.app.inject({
      method: 'POST',
      url,
      payload: { question_id: 999_999, answer: 'A hash map.' },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().detail).toMatch(/not part of session/);
    expect(await countRows(ctx.database, practiceReviews)).toBe(reviews);
    const ok = await ctx.app.inject({
      method: 'POST',
      url,
      payload: { question_id: questionId, answer: 'A hash map.' },
    });
    expect(ok.statusCode).toBe(201);
    const twice = await ctx.app.inject({
      method: 'POST',
      url,
      payload: { question_id: questionId, answer: 'A hash map.' },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().detail).toMatch(/already answered/);
  });

  it("adds the playbook's questions for an interview's role to the bank, so answers are reviews", async () => {
    const role = await makeRole(ctx.app, {
      role_name: 'Growth product manager',
      typical_skills: ['A/B testing', 'metrics'],
    });
    const interview = await makeInterview(ctx.app, { role_id: role.role_id });
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/practice/sessions',
      payload: { interview_id: interview.interview_id, category: 'case_study', count: 2 },
    });
    expect(res.statusCode).toBe(201);
    const session = res.json();
    expect(session).toMatchObject({ interview_id: interview.interview_id, role_id: role.role_id });
    expect(session.questions.map((q: Json) => q.question_category)).toEqual([
      'case_study',
      'case_study',
    ]);
    const stored = (
      await ctx.app.inject({ url: `/api/questions/${session.questions[0].question_id}` })
    ).json();
    expect(stored.source).toBe('Starter pack');
    // Now in the bank and new: due, so the next session asks them first.
    const due = (await ctx.app.inject({ url: '/api/practice/due?category=case_study' })).json();
    expect(due.data.map((q: Json) => q.question_id)).toEqual(
      session.questions.map((q: Json) => q.question_id),
    );
  });

  it('records one answer when the same question is answered twice at once', async () => {
    const session = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/practice/sessions',
        payload: { category: 'cultural_fit', count: 1 },
      })
    ).json();
    const payload = { question_id: session.questions[0].question_id, answer: 'I adapt.' };
    const url = `/api/practice/sessions/${session.session_id}/answers`;
    const results = await Promise.all([
      ctx.app.inject({ method: 'POST', url, payload }),
      ctx.app.inject({ method: 'POST', url, payload }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400]);
    const detail = (
      await ctx.app.inject({ url: `/api/practice/sessions/${session.session_id}` })
    ).json();
    expect(detail.answers).toHaveLength(1);
    const history = (
      await ctx.app.inject({ url: `/api/practice/${payload.question_id}/reviews` })
    ).json();
    expect(history.data).toHaveLength(1);
    expect(history.card.reps).toBe(1);
  });

  it('rejects a bad session body or an unknown role', async () => {
    const sessions = await countRows(ctx.database, practiceSessions);
    const noCount = await ctx.app.inject({
      method: 'POST',
      url: '/api/practice/sessions',
      payload: { category: 'coding' },
    });
    expect(noCount.statusCode).toBe(400);
    expect(noCount.json().detail).toMatch(/count/);
    const role = await ctx.app.inject({
      method: 'POST',
      url: '/api/practice/sessions',
      payload: { role_id: 999_999, count: 2 },
    });
    expect(role.statusCode).toBe(404);
    expect(await countRows(ctx.database, practiceSessions)).toBe(sessions);
  });
});
