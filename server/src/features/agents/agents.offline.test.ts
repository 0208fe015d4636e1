// The default, with no model configured: the offline engine answers from the user's own
// question bank, the starter pack and the playbooks, streamed in small chunks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../test/factories.js';
import {
  createTestApp,
  parseSse,
  type StreamEvent,
  type TestContext,
} from '../../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ env: { LLM_PROVIDER: 'offline' } });
});
afterAll(async () => ctx?.close());

const EXAMPLE = {
  question: 'How would you design a URL shortening service?',
  context: 'Senior engineer with 5 years experience',
  conversation_history: [],
};

async function stream(payload: Record<string, unknown>): Promise<StreamEvent[]> {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/agents/answer-stream', payload });
  expect(res.statusCode).toBe(200);
  return parseSse(res.body);
}

const fullAnswer = (events: StreamEvent[]) =>
  events.find((e) => e.event_type === 'answer_complete')?.data.full_answer as string;

describe('GET /api/agents/available', () => {
  it('lists the six agents with what they are for', async () => {
    const res = await ctx.app.inject({ url: '/api/agents/available' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total_agents).toBe(6);
    expect(body.agents.map((a: { id: string }) => a.id)).toEqual([
      'product_manager',
      'technical',
      'architect',
      'coding',
      'behavioral',
      'system_design',
    ]);
    for (const agent of body.agents) {
      expect(agent.name).toEqual(expect.any(String));
      expect(agent.specializations.length).toBeGreaterThan(0);
      expect(agent.best_for.length).toBeGreaterThan(0);
    }
  });
});

describe('the API document example, offline', () => {
  it('streams a routed, structured answer with follow-ups', async () => {
    const events = await stream(EXAMPLE);
    const types = events.map((e) => e.event_type);
    expect(types.slice(0, 3)).toEqual(['start', 'routing', 'processing']);
    expect(types.slice(-3)).toEqual(['answer_complete', 'follow_ups', 'complete']);
    expect(types.filter((t) => t === 'content').length).toBeGreaterThan(50);
    expect(events[0]?.data).toEqual({
      message: 'Processing question...',
      question: EXAMPLE.question,
    });
    expect(events[0]?.timestamp).toMatch(/Z$/);
    expect(events[1]?.data).toMatchObject({
      selected_agent: 'system_design',
      router: 'classifier',
    });
    expect(events[1]?.data.confidence).toBeGreaterThan(0.5);
    expect(events[1]?.data.reasoning).toMatch(/design|url|service/i);

    const chunks = events
      .filter((e) => e.event_type === 'content')
      .map((e) => e.data.chunk as string);
    const answer = fullAnswer(events);
    expect(chunks.join('')).toBe(answer);
    const complete = events.find((e) => e.event_type === 'answer_complete')?.data;
    expect(complete?.word_count).toBe(answer.split(/\s+/).filter(Boolean).length);
    expect(complete?.character_count).toBe([...answer].length);
    expect(complete?.metadata).toMatchObject({
      provider: 'offline',
      agent: 'system_design',
      bank_questions_used: [],
    });

    expect(complete?.metadata).toMatchObject({
      pack_entries_used: [{ id: 'sd-url-shortener' }],
      answer_offset: answer.indexOf('## Answer: '),
    });

    expect(answer.split('\n')[0]).toMatch(/^> \*\*Offline answer\*\* from the starter pack/);
    expect(answer).toContain('*Your context: Senior engineer with 5 years experience*');
    // The pack's model answer, in its sections, after the engine's own notes.
    const body = answer.slice(answer.indexOf('## Answer: '));
    const headings = [...body.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 7)).toEqual([
      'Requirements',
      'Estimates',
      'API',
      'Data model',
      'High-level design',
      'Deep dives',
      'Trade-offs and failure modes',
    ]);
    expect(headings).toContain('Key concepts');
    const followUps = events.find((e) => e.event_type === 'follow_ups')?.data.questions as string[];
    expect(followUps).toHaveLength(3);
    for (const q of followUps) expect(q).toMatch(/^[A-Z].{10,}\?$/);
  });

  it('answers the same on /api/agents/answer, in one response', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer',
      payload: EXAMPLE,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      success: true,
      question: EXAMPLE.question,
      routing: { selected_agent: 'system_design' },
      metadata: { provider: 'offline' },
    });
    expect(body.answer).toContain('### Estimates');
    expect(body.metadata.pack_entries_used).toEqual([
      { id: 'sd-url-shortener', question: expect.stringMatching(/URL short/i) },
    ]);
    expect(body.statistics).toEqual({
      word_count: body.answer.split(/\s+/).filter(Boolean).length,
      character_count: [...body.answer].length,
    });
    expect(body.follow_up_questions).toHaveLength(3);
  });

  it('works over GET for a browser EventSource', async () => {
    const res = await ctx.app.inject({
      url: `/api/agents/answer-stream?question=${encodeURIComponent('Tell me about a time you disagreed with your manager')}`,
    });
    expect(res.statusCode).toBe(200);
    const events = parseSse(res.body);
    expect(events[1]?.data.selected_agent).toBe('behavioral');
    expect(events.at(-1)?.event_type).toBe('complete');
  });
});

describe('your question bank in the answer', () => {
  it('quotes the closest active bank questions with their ids, and uses their follow-ups', async () => {
    const match = await makeQuestion(ctx.app, {
      question_text: 'Design a URL shortener like bit.ly',
      answer_summary: 'Base62 codes from a counter, a key-value store, cache hot redirects',
      key_concepts: ['Base62 encoding', 'Key generation service'],
      approach_steps: ['Clarify the read/write ratio', 'Estimate storage for five years'],
      common_mistakes: ['Ignoring collisions between custom aliases'],
      tips_and_tricks: ['Choose 301 or 302 redirects deliberately'],
      follow_up_questions: ['How would you expire old short links?'],
    });
    const hidden = await makeQuestion(ctx.app, {
      question_text: 'Design a URL shortener with analytics dashboards',
      answer_summary: 'RETIRED NOTES',
      is_active: false,
    });
    await makeQuestion(ctx.app, {
      question_text: 'Tell me about your greatest weakness',
      question_category: 'behavioral',
    });
    const events = await stream(EXAMPLE);
    const answer = fullAnswer(events);
    expect(answer).toContain(
      `### Bank question #${match.question_id}: Design a URL shortener like bit.ly`,
    );
    // The user's notes come before the answer, and saving the answer leaves them out.
    expect(answer.indexOf('## From your notes')).toBeLessThan(answer.indexOf('## Answer'));
    for (const note of [
      'Base62 codes from a counter',
      'Base62 encoding, Key generation service',
      '1. Clarify the read/write ratio',
      '- Ignoring collisions between custom aliases',
      '- Choose 301 or 302 redirects deliberately',
    ]) {
      expect(answer).toContain(note);
    }
    expect(answer).not.toContain('RETIRED NOTES');
    expect(answer).not.toContain('greatest weakness');
    const metadata = events.find((e) => e.event_type === 'answer_complete')?.data
      .metadata as Record<string, unknown>;
    expect(metadata.bank_questions_used).toEqual([
      { question_id: match.question_id, question_text: match.question_text },
    ]);
    expect(hidden.question_id).not.toBe(match.question_id);
    const followUps = events.find((e) => e.event_type === 'follow_ups')?.data.questions as string[];
    expect(followUps[0]).toBe('How would you expire old short links?');
  });
});

describe('each agent answers from the starter pack when it has the question', () => {
  it.each([
    [
      'coding',
      'Implement an LRU cache in Python',
      ['```ts', 'The tested solution below is in TypeScript'],
    ],
    ['technical', 'Explain how garbage collection works', ['## Answer: ', '### Key concepts']],
    ['architect', 'How would you split a monolith into microservices?', ['## Answer: ']],
    ['behavioral', 'Tell me about a time you disagreed with your manager', ['### Example answer']],
    ['product_manager', 'How would you improve Spotify onboarding?', ['### Goal and users']],
  ])('%s: %s', async (agent, question, expected) => {
    const events = await stream({ question });
    expect(events[1]?.data.selected_agent).toBe(agent);
    const answer = fullAnswer(events);
    expect(answer).toMatch(/^> \*\*Offline answer\*\* from the starter pack/);
    for (const text of expected) expect(answer).toContain(text);
    expect(events.find((e) => e.event_type === 'follow_ups')?.data.questions).toHaveLength(3);
  });
});

describe('each agent answers with its playbook when the pack does not have the question', () => {
  it.each([
    [
      'coding',
      'Rotate an n by n matrix by 90 degrees in place, in Python',
      ['### 1. Clarify', '### 3. Code (Python)', '```python', '### 5. Tests'],
    ],
    [
      'product_manager',
      'How would you improve Instagram Stories?',
      ['### 1. Clarify the goal and the users of Instagram Stories', '### 4. Success metrics'],
    ],
    [
      'product_manager',
      'Estimate the number of coffee cups sold in Paris each day',
      ['### 1. Approach', '### 2. Assumptions', '### 3. Calculation', '### 4. Sanity check'],
    ],
    [
      'behavioral',
      'Tell me about a time you worked with a difficult vendor',
      ['### 1. Situation', '### 3. Action (about half the answer)', '### 5. What I learned'],
    ],
  ])('%s: %s', async (agent, question, headings) => {
    const events = await stream({ question });
    expect(events[1]?.data.selected_agent).toBe(agent);
    const answer = fullAnswer(events);
    expect(answer.split('\n')[0]).toMatch(/from the .* playbook/);
    for (const heading of headings) expect(answer).toContain(heading);
    expect(events.find((e) => e.event_type === 'follow_ups')?.data.questions).toHaveLength(3);
  });

  it('still offers three follow-ups when the conversation leaves nothing to quote', async () => {
    // Found by the generated-input test: a first question of "{" cannot be quoted in a
    // follow-up, and one general behavioral follow-up repeats a phrase, so two were left.
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer',
      payload: {
        question: '    !',
        conversation_history: [{ role: 'user', content: '{' }],
        agent: 'behavioral',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().follow_up_questions).toHaveLength(3);
  });

  it('lets the request force an agent, and says so', async () => {
    const events = await stream({
      question: 'How would you design a URL shortening service?',
      agent: 'coding',
    });
    expect(events[1]?.data).toEqual({
      selected_agent: 'coding',
      reasoning: 'The request asked for the coding agent',
      confidence: 1,
      router: 'forced',
    });
    // The coding agent's own material, not the system-design pack entry.
    const answer = fullAnswer(events);
    expect(answer).toContain('### 2. Approach: brute force, then better');
    expect(answer).not.toContain('### Estimates');
  });
});

describe('validation happens before anything streams', () => {
  it.each([
    [{}, 'body/question is required'],
    [{ question: 'Why?' }, 'body/question must be at least 5 characters'],
    [{ question: 'x'.repeat(2001) }, 'body/question must be at most 2000 characters'],
    [
      { question: 'A fine question', context: 'x'.repeat(1001) },
      'body/context must be at most 1000 characters',
    ],
    [
      { question: 'A fine question', agent: 'wizard' },
      'body/agent must be one of: product_manager, technical, architect, coding, behavioral, system_design',
    ],
    [
      {
        question: 'A fine question',
        conversation_history: Array.from({ length: 51 }, () => ({ role: 'user', content: 'hi' })),
      },
      'body/conversation_history must have at most 50 items',
    ],
    [
      { question: 'A fine question', conversation_history: [{ speaker: 'me', text: 'hi' }] },
      'body/conversation_history/0 must be a {question, answer} pair or a {role, content} message with role user or assistant',
    ],
  ])('%j → 400', async (payload, detail) => {
    for (const url of ['/api/agents/answer-stream', '/api/agents/answer']) {
      const res = await ctx.app.inject({ method: 'POST', url, payload });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.json().detail).toBe(detail);
    }
  });

  it('accepts 50 turns in both shapes', async () => {
    const history = Array.from({ length: 25 }, (_, i) => [
      { question: `Question ${i}?`, answer: `Answer ${i}.` },
      { role: 'assistant', content: 'noted' },
    ]).flat();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer',
      payload: { question: 'What is a closure in JavaScript?', conversation_history: history },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().metadata.history_turns_used).toBeGreaterThan(0);
  });
});

describe('long notes from the bank', () => {
  it('are shortened without breaking the answer: headings demoted, code fences closed', async () => {
    const code = Array.from({ length: 200 }, (_, i) => `# step ${i}\nx${i} = ${i}`);
    const body = ['# My notes', '```python', ...code, '```'].join('\n');
    await makeQuestion(ctx.app, {
      question_text: 'How would you design a distributed rate limiter service?',
      answer_markdown_content: body,
    });
    const events = await stream({ question: 'How would you design a rate limiter for an API?' });
    const answer = fullAnswer(events);
    expect(answer).toContain('#### My notes');
    expect(answer).not.toMatch(/^# My notes/m);
    expect(answer).toContain('\n# step 0\nx0 = 0\n'); // code comments are not headings
    const beforeAnswer = answer.slice(0, answer.indexOf('## Answer'));
    expect((beforeAnswer.match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});
