// Feedback on the user's own answer with no model: concepts matched in the answer's sentences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../test/factories.js';
import { createTestApp, parseSse, type TestContext } from '../../../test/test-app.js';
import { conceptVariants, coveringSentence } from '../../llm/offline/feedback.js';

let ctx: TestContext;
let questionId: number;
beforeAll(async () => {
  ctx = await createTestApp();
  const q = await makeQuestion(ctx.app, {
    question_text: 'How would you design a rate limiter for a public API?',
    question_category: 'system_design',
    key_concepts: [
      'Token bucket',
      'Sliding window counter',
      'Shared counters in Redis',
      'Rate limit headers (Retry-After, 429)',
    ],
    common_mistakes: ['Counting requests in the memory of each instance'],
    answer_summary:
      'Use a token bucket per client. Keep the shared counters in Redis so every instance sees one count. A sliding window counter avoids the burst at the edge of fixed windows. Answer 429 with a Retry-After header.',
  });
  questionId = q.question_id as number;
});
afterAll(async () => ctx?.close());

// biome-ignore lint/suspicious/noExplicitAny: response bodies of many shapes, read in assertions
type Json = Record<string, any>;
const feedback = (payload: Json) =>
  ctx.app.inject({ method: 'POST', url: '/api/agents/feedback', payload });

const ALL =
  'I would use a token bucket per API key, refilled at the plan rate. The shared counters live in Redis so that every instance sees the same count. To smooth bursts at window edges I would add a sliding window counter. When a client is over the limit the API answers 429 with a Retry-After header, for example after 30 seconds.';
const SOME =
  'I would use a token bucket per API key, refilled at the plan rate. I would count requests in the memory of each instance to keep it fast.';
const NONE = 'I would ask the product team what they need and then build something simple.';

describe('POST /api/agents/feedback (offline)', () => {
  it('names every concept an answer covers, with the sentence that covers it', async () => {
    const res = await feedback({ question_id: questionId, answer: ALL });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      question_id: questionId,
      concepts_source: 'bank',
      offline: true,
      provider: 'offline',
    });
    expect(body.missed).toEqual([]);
    const covered = Object.fromEntries(body.covered.map((c: Json) => [c.concept, c.sentence]));
    expect(covered['Token bucket']).toMatch(/^I would use a token bucket/);
    expect(covered['Shared counters in Redis']).toMatch(/live in Redis/);
    expect(covered['Sliding window counter']).toMatch(/sliding window counter/);
    expect(covered['Rate limit headers (Retry-After, 429)']).toMatch(/429/);
    expect(body.mistakes).toEqual([]);
    expect(body.score).toBeGreaterThanOrEqual(8);
  });

  it('splits a partial answer into covered and missed, and finds the mistake it makes', async () => {
    const body = (await feedback({ question_id: questionId, answer: SOME })).json();
    expect(body.covered.map((c: Json) => c.concept)).toEqual(['Token bucket']);
    expect(body.missed.map((m: Json) => m.concept)).toEqual([
      'Sliding window counter',
      'Shared counters in Redis',
      'Rate limit headers (Retry-After, 429)',
    ]);
    // A hint from the question's own notes.
    expect(body.missed[1].hint).toMatch(/Redis so every instance sees one count/);
    expect(body.mistakes).toEqual([
      {
        mistake: 'Counting requests in the memory of each instance',
        sentence: 'I would count requests in the memory of each instance to keep it fast.',
      },
    ]);
    const full = (await feedback({ question_id: questionId, answer: ALL })).json();
    expect(body.score).toBeLessThan(full.score);
    expect(body.score_reasons[0]).toMatch(/Covers 1 of 4/);
    // The stronger answer keeps the right sentence, adds from the notes and says it is offline.
    expect(body.stronger_answer).toMatch(/Offline review/);
    expect(body.stronger_answer).toContain('I would use a token bucket per API key');
    expect(body.stronger_answer).toContain('Keep the shared counters in Redis');
    expect(body.stronger_answer).not.toContain('memory of each instance to keep it fast');
  });

  it('misses every concept of an answer that has none, with the lowest scores', async () => {
    const body = (await feedback({ question_id: questionId, answer: NONE })).json();
    expect(body.covered).toEqual([]);
    expect(body.missed).toHaveLength(4);
    expect(body.score).toBeLessThanOrEqual(3);
  });

  it("uses the starter pack's concepts for a question that is not in the bank", async () => {
    const body = (
      await feedback({
        question: 'How would you design a URL shortening service?',
        answer: 'I would generate a short code with base62 encoding and cache hot links.',
      })
    ).json();
    expect(body.question_id).toBeNull();
    expect(body.concepts_source).toBe('starter_pack');
    expect(body.covered.length + body.missed.length).toBeGreaterThanOrEqual(3);
    expect(body.agent).toBe('system_design');
  });

  it('streams the same review in the answer event family', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/feedback-stream',
      payload: { question_id: questionId, answer: SOME },
    });
    expect(res.statusCode).toBe(200);
    const events = parseSse(res.body);
    expect(events.map((e) => e.event_type).filter((t, i, all) => all[i - 1] !== t)).toEqual([
      'start',
      'routing',
      'processing',
      'content',
      'feedback',
      'complete',
    ]);
    const text = events
      .filter((e) => e.event_type === 'content')
      .map((e) => e.data.chunk)
      .join('');
    const review = events.find((e) => e.event_type === 'feedback')?.data as Json;
    expect(text).toBe(review.stronger_answer);
    expect(review.covered.map((c: Json) => c.concept)).toEqual(['Token bucket']);
  });

  it('rejects a request without exactly one of question_id and question, or a missing question', async () => {
    const neither = await feedback({ answer: ALL });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().detail).toMatch(/exactly one of question_id and question/);
    const both = await feedback({
      question_id: questionId,
      question: 'Design a cache?',
      answer: ALL,
    });
    expect(both.statusCode).toBe(400);
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/feedback-stream',
      payload: { question_id: 999_999, answer: ALL },
    });
    expect(missing.statusCode).toBe(404);
    const empty = await feedback({ question_id: questionId, answer: '   ' });
    expect(empty.statusCode).toBe(400);
  });
});

describe('concept matching', () => {
  it('accepts the variants of a concept', () => {
    expect(conceptVariants('Rate limit headers (Retry-After, 429)')).toEqual(
      expect.arrayContaining(['Rate limit headers', 'Retry-After', '429']),
    );
    expect(
      coveringSentence('Strangler fig with a routing facade', [
        'We used the strangler fig pattern.',
      ]),
    ).toBe('We used the strangler fig pattern.');
    expect(coveringSentence('Data ownership per service', ['We stored data.'])).toBeUndefined();
  });
});
