// With the default ROUTER, the classifier routes every question even when the configured model
// could: no routing request reaches the model, so routing adds no model call, cost or latency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ScriptedModel,
  scriptedModelEnv,
  startScriptedModel,
} from '../../../test/scripted-model.js';
import { createTestApp, parseSse, type TestContext } from '../../../test/test-app.js';

let model: ScriptedModel;
let ctx: TestContext;

beforeAll(async () => {
  model = await startScriptedModel({ chunks: ['Start with ', 'the requirements.'] });
  ctx = await createTestApp({
    env: {
      ...scriptedModelEnv(model),
      LLM_TIMEOUT_MS: '5000',
    },
  });
});
afterAll(async () => {
  await ctx?.close();
  await model?.close();
});

describe('routing with the default ROUTER and a model configured', () => {
  it('is the classifier’s decision, and the model is asked only for the answer and follow-ups', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer-stream',
      payload: { question: 'How would you design a URL shortening service?' },
    });
    const events = parseSse(res.body);
    expect(events.map((e) => e.event_type)).toEqual([
      'start',
      'routing',
      'processing',
      'content',
      'content',
      'content',
      'answer_complete',
      'follow_ups',
      'complete',
    ]);
    const routing = events[1]?.data;
    expect(routing).toMatchObject({ selected_agent: 'system_design', router: 'classifier' });
    expect(routing?.reasoning).not.toMatch(/model router failed/);
    // One streamed answer, one JSON call for the follow-ups: nothing for routing.
    expect(model.requests.map((r) => r.stream)).toEqual([true, false]);
  });
});
