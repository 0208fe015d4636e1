// Shutting down (SIGTERM → app.close()) while an answer streams: the stream gets a last
// event saying the server is restarting and ends, the model request is aborted, and the close
// completes instead of waiting for a stream that would never end on its own.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ScriptedModel,
  scriptedModelEnv,
  startScriptedModel,
} from '../../../test/scripted-model.js';
import { createTestApp, type StreamEvent, type TestContext } from '../../../test/test-app.js';

let model: ScriptedModel;
let ctx: TestContext;
let baseUrl: string;
beforeAll(async () => {
  model = await startScriptedModel({ chunks: [] });
  ctx = await createTestApp({
    env: {
      ...scriptedModelEnv(model),
      LLM_TIMEOUT_MS: '30000',
    },
  });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await ctx?.close();
  await model?.close();
});

describe('shutdown during a stream', () => {
  it('ends open streams with a shutting_down event and lets the close finish', async () => {
    // The model sends one chunk, then holds the rest back: the stream stays open.
    model.script = { chunks: ['First ', 'never sent'], holdAfter: 1 };
    const response = await fetch(`${baseUrl}/api/agents/answer-stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'How would you design a URL shortening service?' }),
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('"event_type":"content"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const closed = ctx.app.close();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await closed;
    const events = text
      .split('\n\n')
      .filter((block) => block.startsWith('data: '))
      .map((block) => JSON.parse(block.slice(6)) as StreamEvent);
    expect(events.map((e) => e.event_type)).not.toContain('complete');
    expect(events.at(-1)).toMatchObject({
      event_type: 'error',
      data: { error: 'shutting_down', message: 'The server is restarting; ask again in a moment' },
    });
    await expect(model.clientHungUp).resolves.toBeUndefined();
  }, 30_000);
});
