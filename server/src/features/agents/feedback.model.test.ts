// Feedback through a configured model: one structured streaming call (AI SDK streamObject) to a
// scripted OpenAI-compatible server over loopback.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../test/factories.js';
import {
  type ScriptedModel,
  scriptedModelEnv,
  startScriptedModel,
} from '../../../test/scripted-model.js';
import { createTestApp, parseSse, type TestContext } from '../../../test/test-app.js';
import type { AnswerFeedbackData } from './agents.schemas.js';

let model: ScriptedModel;
let ctx: TestContext;
let questionId: number;

beforeAll(async () => {
  model = await startScriptedModel({ chunks: [] });
  ctx = await createTestApp({
    env: {
      ...scriptedModelEnv(model),
      LLM_TIMEOUT_MS: '2000',
    },
  });
  const q = await makeQuestion(ctx.app, {
    question_text: 'How would you design a rate limiter for a public API?',
    question_category: 'system_design',
    key_concepts: ['Token bucket', 'Shared counters in Redis'],
    common_mistakes: ['Counting requests in the memory of each instance'],
  });
  questionId = q.question_id as number;
});
afterAll(async () => {
  await ctx?.close();
  await model?.close();
});
afterEach(() => {
  model.requests.length = 0;
  model.script = { chunks: [] };
});

const REVIEW = {
  covered: [{ concept: 'token bucket', sentence: 'I would use a token bucket.' }],
  missed: [
    { concept: 'Shared counters in Redis', hint: 'Say where the counters live.' },
    { concept: 'Quantum sharding', hint: 'Not one of the concepts asked about.' },
  ],
  mistakes: [
    {
      mistake: 'Counting requests in the memory of each instance',
      sentence: 'Each server counts in memory.',
    },
  ],
  score: 5,
  score_reasons: ['Names the algorithm but not where state lives.'],
  stronger_answer:
    'I would use a token bucket per API key, with the counters in Redis so every instance shares one count.',
};

/** The review as JSON text, cut into pieces the way a model streams it. */
function pieces(text: string, size = 40): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe('feedback with a model', () => {
  it('streams the stronger answer, then the structured review, keeping to the asked concepts', async () => {
    model.script = { chunks: pieces(JSON.stringify(REVIEW)) };
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/feedback-stream',
      payload: {
        question_id: questionId,
        answer: 'I would use a token bucket. Each server counts in memory.',
      },
    });
    expect(res.statusCode).toBe(200);
    const events = parseSse(res.body);
    expect(events.at(-1)?.event_type).toBe('complete');
    const contents = events.filter((e) => e.event_type === 'content');
    expect(contents.length).toBeGreaterThan(2);
    expect(contents.map((e) => e.data.chunk).join('')).toBe(REVIEW.stronger_answer);
    const review = events.find((e) => e.event_type === 'feedback')
      ?.data as unknown as AnswerFeedbackData;
    expect(review).toMatchObject({
      offline: false,
      provider: 'openai-compatible',
      model: 'scripted-model',
      score: 5,
      stronger_answer: REVIEW.stronger_answer,
      mistakes: REVIEW.mistakes,
    });
    // Named as the bank names them; a concept nobody asked about is dropped.
    expect(review.covered).toEqual([
      { concept: 'Token bucket', sentence: 'I would use a token bucket.' },
    ]);
    expect(review.missed).toEqual([
      { concept: 'Shared counters in Redis', hint: 'Say where the counters live.' },
    ]);

    // One structured streaming call, given the question's concepts and the answer.
    expect(model.requests).toHaveLength(1);
    const sent = JSON.stringify(model.requests[0]?.body);
    expect(model.requests[0]?.stream).toBe(true);
    expect(sent).toContain('Shared counters in Redis');
    expect(sent).toContain('Each server counts in memory.');
  });

  it('answers the JSON route with the same review', async () => {
    model.script = { chunks: pieces(JSON.stringify(REVIEW)) };
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/feedback',
      payload: { question_id: questionId, answer: 'I would use a token bucket.' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ score: 5, offline: false, question_id: questionId });
  });

  it('turns a model failure into a 502 and an error event, not a made-up review', async () => {
    model.script = { chunks: [], failStatus: 500 };
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/feedback',
      payload: { question_id: questionId, answer: 'I would use a token bucket.' },
    });
    expect(res.statusCode).toBe(502);
    expect(res.json().detail).toMatch(/model provider failed/);
    const stream = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/feedback-stream',
      payload: { question_id: questionId, answer: 'I would use a token bucket.' },
    });
    const events = parseSse(stream.body);
    expect(events.at(-1)).toMatchObject({
      event_type: 'error',
      data: { error: 'upstream_unavailable' },
    });
    expect(events.some((e) => e.event_type === 'feedback')).toBe(false);
  });

  it('records a mock interview answer reviewed by the model', async () => {
    const session = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/practice/sessions',
        payload: { category: 'system_design', count: 1 },
      })
    ).json();
    expect(session.questions[0].question_id).toBe(questionId);
    model.script = { chunks: pieces(JSON.stringify({ ...REVIEW, score: 9 })) };
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/practice/sessions/${session.session_id}/answers`,
      payload: { question_id: questionId, answer: 'I would use a token bucket.' },
    });
    expect(res.statusCode).toBe(201);
    // A score of 9 is an easy review.
    expect(res.json()).toMatchObject({ completed: true, review: { rating: 'easy' } });
  });
});
