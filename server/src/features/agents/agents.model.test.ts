// The real provider path (AI SDK, openai-compatible) against a scripted model over loopback.
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  SCRIPTED_FOLLOW_UPS,
  type ScriptedModel,
  scriptedModelEnv,
  startScriptedModel,
} from '../../../test/scripted-model.js';
import {
  createTestApp,
  parseSse,
  type StreamEvent,
  type TestContext,
} from '../../../test/test-app.js';

let model: ScriptedModel;
let ctx: TestContext;
let baseUrl: string;

beforeAll(async () => {
  model = await startScriptedModel({ chunks: [] });
  ctx = await createTestApp({
    env: {
      ...scriptedModelEnv(model),
      LLM_TIMEOUT_MS: '400',
    },
  });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await ctx?.close();
  await model?.close();
});
afterEach(() => {
  model.requests.length = 0;
});

const QUESTION = 'How would you design a URL shortening service?';
const post = (path: string, payload: unknown) =>
  ctx.app.inject({ method: 'POST', url: path, payload: payload as Record<string, unknown> });

/** Reads SSE events from a real HTTP response as they arrive. */
async function* readEvents(response: Response): AsyncGenerator<StreamEvent> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (block.startsWith('data: ')) yield JSON.parse(block.slice(6));
      end = buffer.indexOf('\n\n');
    }
  }
}

describe('streaming through a model', () => {
  it('turns every upstream delta into a content event, in order, with true counts', async () => {
    model.script = { chunks: ['A URL ', 'shortener maps ', 'short codes ', 'to long URLs.'] };
    const res = await post('/api/agents/answer-stream', { question: QUESTION });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['x-accel-buffering']).toBe('no');
    const events = parseSse(res.body);
    expect(events.map((e) => e.event_type)).toEqual([
      'start',
      'routing',
      'processing',
      'content',
      'content',
      'content',
      'content',
      'content',
      'answer_complete',
      'follow_ups',
      'complete',
    ]);
    const chunks = events.filter((e) => e.event_type === 'content').map((e) => e.data.chunk);
    expect(chunks).toEqual(['A URL ', 'shortener maps ', 'short codes ', 'to long URLs.', '']);
    const done = events.find((e) => e.event_type === 'answer_complete')?.data;
    expect(done).toMatchObject({
      full_answer: 'A URL shortener maps short codes to long URLs.',
      word_count: 9,
      character_count: 46,
    });
    expect(done?.metadata).toMatchObject({
      provider: 'openai-compatible',
      model: 'scripted-model',
      agent: 'system_design',
    });
    expect(events.find((e) => e.event_type === 'follow_ups')?.data.questions).toEqual(
      SCRIPTED_FOLLOW_UPS,
    );
    expect(events.at(-1)?.data).toEqual({
      message: 'Processing complete',
      agent_used: 'system_design',
      success: true,
    });
  });

  it('sends the playbook as the system prompt and the history as messages', async () => {
    model.script = { chunks: ['ok'] };
    await post('/api/agents/answer-stream', {
      question: QUESTION,
      context: 'Staff engineer',
      conversation_history: [
        { question: 'What is a hash?', answer: 'A fixed-size digest.' },
        { role: 'user', content: 'And base62?' },
        { role: 'assistant', content: 'Digits and letters.' },
      ],
    });
    const request = model.requests.find((r) => r.stream)?.body as {
      messages: { role: string; content: string }[];
    };
    const [system, ...rest] = request.messages;
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('Capacity estimates for a URL shortening service');
    // The starter pack's notes on the closest question inform the model too.
    expect(system?.content).toMatch(/Reference notes from the starter knowledge pack .*URL short/i);
    expect(rest.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(rest.at(-1)?.content).toBe(`${QUESTION}\n\nContext about me: Staff engineer`);
  });

  it('delivers the first content event before the model has finished', async () => {
    model.script = { chunks: ['First ', 'second ', 'third.'], holdAfter: 1 };
    const response = await fetch(`${baseUrl}/api/agents/answer-stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: QUESTION }),
    });
    const finishedBefore = model.finishedStreams;
    const seen: StreamEvent[] = [];
    for await (const event of readEvents(response)) {
      seen.push(event);
      if (
        event.event_type === 'content' &&
        seen.filter((e) => e.event_type === 'content').length === 1
      ) {
        // The model is still holding back the rest of its answer.
        expect(event.data.chunk).toBe('First ');
        expect(model.finishedStreams).toBe(finishedBefore);
        model.release();
      }
    }
    expect(seen.at(-1)?.event_type).toBe('complete');
    expect(model.finishedStreams).toBe(finishedBefore + 1);
  });

  it('aborts the upstream request as soon as the client disconnects', async () => {
    model.script = { chunks: ['Only ', 'this ', 'arrives.'], holdAfter: 1 };
    const client = new AbortController();
    const response = await fetch(`${baseUrl}/api/agents/answer-stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: QUESTION }),
      signal: client.signal,
    });
    for await (const event of readEvents(response)) {
      if (event.event_type === 'content') {
        client.abort();
        break;
      }
    }
    await expect(model.clientHungUp).resolves.toBeUndefined();
  });

  it('ends with an error event, never complete, when the model fails', async () => {
    model.script = { chunks: [], failStatus: 500 };
    const events = parseSse((await post('/api/agents/answer-stream', { question: QUESTION })).body);
    expect(events.map((e) => e.event_type)).toEqual(['start', 'routing', 'processing', 'error']);
    expect(events.at(-1)?.data).toMatchObject({
      error: 'upstream_unavailable',
      message: expect.stringContaining('HTTP 500'),
    });
  });

  it('ends with an error event when the connection drops mid-answer', async () => {
    model.script = { chunks: ['Half ', 'an ', 'answer'], dropAfter: 2 };
    const events = parseSse((await post('/api/agents/answer-stream', { question: QUESTION })).body);
    expect(events.filter((e) => e.event_type === 'content').map((e) => e.data.chunk)).toEqual([
      'Half ',
      'an ',
    ]);
    expect(events.at(-1)?.event_type).toBe('error');
    expect(
      events.some((e) => e.event_type === 'complete' || e.event_type === 'answer_complete'),
    ).toBe(false);
  });

  it('times out a silent model: error event on the stream, 504 on /answer', async () => {
    model.script = { chunks: [], hang: true };
    const events = parseSse((await post('/api/agents/answer-stream', { question: QUESTION })).body);
    expect(events.at(-1)).toMatchObject({
      event_type: 'error',
      data: { error: 'upstream_timeout' },
    });
    const res = await post('/api/agents/answer', { question: QUESTION });
    expect(res.statusCode).toBe(504);
    expect(res.json().detail).toMatch(/sent nothing for 400 ms/);
  });

  it('maps an upstream failure on /answer to a 502 with detail', async () => {
    model.script = { chunks: [], failStatus: 503 };
    const res = await post('/api/agents/answer', { question: QUESTION });
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({
      code: 'upstream_unavailable',
      detail: expect.stringContaining('HTTP 503'),
    });
  });

  it('falls back to the offline follow-ups when the model returns unusable ones', async () => {
    model.script = { chunks: ['Answer.'], jsonReply: 'not json at all' };
    const res = await post('/api/agents/answer', { question: QUESTION });
    expect(res.statusCode).toBe(200);
    // The starter pack's follow-ups for the URL shortener, well-formed and distinct.
    const followUps = res.json().follow_up_questions as string[];
    expect(followUps).toHaveLength(3);
    expect(new Set(followUps).size).toBe(3);
    for (const q of followUps) expect(q).toMatch(/^[A-Z].{10,}\?$/);
    expect(res.json().metadata).toMatchObject({
      answer_offset: 0,
      pack_entries_used: [{ id: 'sd-url-shortener' }],
    });
  });
});

describe('keep-alive and model routing', () => {
  let routed: TestContext;
  beforeAll(async () => {
    routed = await createTestApp({
      env: {
        ...scriptedModelEnv(model),
        LLM_TIMEOUT_MS: '5000',
        ROUTER: 'llm',
      },
      heartbeatMs: 60,
    });
  });
  afterAll(async () => routed?.close());

  it('sends a keep-alive comment while the model is silent', async () => {
    model.script = { chunks: ['Slow ', 'answer.'], firstDelayMs: 400, jsonReply: '{}' };
    const res = await routed.app.inject({
      method: 'POST',
      url: '/api/agents/answer-stream',
      payload: { question: QUESTION },
    });
    expect(res.body).toContain('\n\n: keep-alive\n\n');
    expect(parseSse(res.body).at(-1)?.event_type).toBe('complete');
  });

  it('ROUTER=llm takes the model’s choice', async () => {
    model.script = {
      chunks: ['ok'],
      jsonReply: JSON.stringify({
        agent: 'architect',
        confidence: 0.8,
        reasoning: 'Architecture trade-offs',
      }),
    };
    const events = parseSse(
      (
        await routed.app.inject({
          method: 'POST',
          url: '/api/agents/answer-stream',
          payload: { question: QUESTION },
        })
      ).body,
    );
    expect(events[1]?.data).toEqual({
      selected_agent: 'architect',
      confidence: 0.8,
      reasoning: 'Architecture trade-offs',
      router: 'llm',
    });
  });

  it('ROUTER=llm falls back to the classifier, and says so, when the model cannot route', async () => {
    model.script = { chunks: ['ok'], jsonReply: 'no json here' };
    const events = parseSse(
      (
        await routed.app.inject({
          method: 'POST',
          url: '/api/agents/answer-stream',
          payload: { question: QUESTION },
        })
      ).body,
    );
    expect(events[1]?.data).toMatchObject({
      selected_agent: 'system_design',
      router: 'classifier',
    });
    expect(events[1]?.data.reasoning).toMatch(
      /the model router failed, so the classifier decided$/,
    );
  });
});
