// The agents' limits: requests per client address (in memory, and in Redis shared by two
// instances), and the cap on answer streams open at once from one address.
import { randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ScriptedModel,
  scriptedModelEnv,
  startScriptedModel,
} from '../../test/scripted-model.js';
import { createTestApp, type TestContext } from '../../test/test-app.js';
import { RATE_LIMIT_NAMESPACE } from './rate-limit.js';

/** A client address of its own, so that no other test, run or instance shares its count. */
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const available = (ctx: TestContext, remoteAddress: string) =>
  ctx.app.inject({ url: '/api/agents/available', remoteAddress });

const LIMITED =
  /^Too many requests to the agents: at most 3 per minute from one address; retry in (\d+ seconds?|1 minute)$/;

describe('requests per address (memory)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ env: { AGENT_RATE_LIMIT: '3/min' } });
  });
  afterAll(async () => ctx?.close());

  it('allows the limit, then answers 429 rate_limited with Retry-After', async () => {
    const client = someAddress();
    for (const remaining of ['2', '1', '0']) {
      const res = await available(ctx, client);
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBe('3');
      expect(res.headers['x-ratelimit-remaining']).toBe(remaining);
    }
    const res = await ctx.app.inject({
      url: '/api/agents/available',
      remoteAddress: client,
      headers: { 'x-request-id': 'too-many' },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json()).toEqual({
      detail: expect.stringMatching(LIMITED),
      code: 'rate_limited',
      request_id: 'too-many',
    });
    expect(Object.keys(res.json())[0]).toBe('detail');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('counts every agent route against one budget, and nothing else', async () => {
    const client = someAddress();
    await available(ctx, client);
    await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer',
      payload: { question: 'What is a hash map?' },
      remoteAddress: client,
    });
    await available(ctx, client);
    const stream = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer-stream',
      payload: { question: 'What is a hash map?' },
      remoteAddress: client,
    });
    expect(stream.statusCode).toBe(429);
    expect(stream.json()).toMatchObject({ code: 'rate_limited' });

    const other = await ctx.app.inject({ url: '/api/companies', remoteAddress: client });
    expect(other.statusCode).toBe(200);
    expect(other.headers['x-ratelimit-limit']).toBeUndefined();
  });

  it('counts feedback and mock-interview answers against the agents budget', async () => {
    const client = someAddress();
    for (let i = 0; i < 3; i++) await available(ctx, client);
    const feedback = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/feedback-stream',
      payload: { question: 'What is a hash map?', answer: 'A table of buckets.' },
      remoteAddress: client,
    });
    expect(feedback.statusCode).toBe(429);
    const answer = await ctx.app.inject({
      method: 'POST',
      url: '/api/practice/sessions/1/answers',
      payload: { question_id: 1, answer: 'A table of buckets.' },
      remoteAddress: client,
    });
    expect(answer.statusCode).toBe(429);
    // Reviews without an agent are not counted.
    const due = await ctx.app.inject({ url: '/api/practice/due', remoteAddress: client });
    expect(due.statusCode).toBe(200);
  });

  it('keeps each address to its own count', async () => {
    const busy = someAddress();
    for (let i = 0; i < 4; i++) await available(ctx, busy);
    expect((await available(ctx, busy)).statusCode).toBe(429);
    expect((await available(ctx, someAddress())).statusCode).toBe(200);
  });

  it('documents the 429 on the agent routes only', async () => {
    const doc = (await ctx.app.inject({ url: '/openapi.json' })).json();
    for (const [path, method] of [
      ['/api/agents/available', 'get'],
      ['/api/agents/answer', 'post'],
      ['/api/agents/answer-stream', 'post'],
      ['/api/agents/answer-stream', 'get'],
      ['/api/agents/feedback-stream', 'post'],
      ['/api/practice/sessions/{session_id}/answers', 'post'],
    ] as const) {
      expect(doc.paths[path][method].responses, `${method} ${path}`).toHaveProperty(['429']);
    }
    expect(doc.paths['/api/companies'].get.responses).not.toHaveProperty(['429']);
  });
});

describe('answer streams open at once', () => {
  let model: ScriptedModel;
  let ctx: TestContext;
  let baseUrl: string;
  beforeAll(async () => {
    // A model that sends nothing: every stream stays open until its client leaves.
    model = await startScriptedModel({ chunks: [], hang: true });
    ctx = await createTestApp({
      env: {
        ...scriptedModelEnv(model),
        LLM_TIMEOUT_MS: '60000',
        AGENT_STREAM_LIMIT: '2',
      },
    });
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await ctx?.close();
    await model?.close();
  });

  const QUESTION = encodeURIComponent('How would you design a URL shortening service?');

  /** Opens a stream over GET or POST and waits for its headers. */
  async function openStream(method: 'GET' | 'POST') {
    const client = new AbortController();
    const response = await fetch(
      method === 'GET'
        ? `${baseUrl}/api/agents/answer-stream?question=${QUESTION}`
        : `${baseUrl}/api/agents/answer-stream`,
      {
        method,
        signal: client.signal,
        ...(method === 'POST'
          ? {
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ question: decodeURIComponent(QUESTION) }),
            }
          : {}),
      },
    );
    return { response, close: () => client.abort() };
  }

  it('answers 429 to one stream more than AGENT_STREAM_LIMIT, and takes it once one closes', async () => {
    const first = await openStream('POST');
    const second = await openStream('GET');
    expect([first.response.status, second.response.status]).toEqual([200, 200]);

    const third = await openStream('POST');
    expect(third.response.status).toBe(429);
    expect(third.response.headers.get('retry-after')).toBe('1');
    expect(await third.response.json()).toEqual({
      detail:
        'At most 2 answer streams at once from one address: let one finish or close it, then retry',
      code: 'rate_limited',
      request_id: expect.any(String),
    });

    first.close();
    // The server frees the place when it sees the connection close.
    let next = await openStream('POST');
    for (let attempt = 0; attempt < 50 && next.response.status === 429; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      next = await openStream('POST');
    }
    expect(next.response.status).toBe(200);
    second.close();
    next.close();
  });
});

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

async function reachRedis(): Promise<Redis | undefined> {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch {
    redis.disconnect();
    // CI starts Redis: there a missing Redis is a failure, not a reason to skip.
    if (process.env.CI) throw new Error(`Redis at ${REDIS_URL} is not reachable`);
    return undefined;
  }
}

const redis = await reachRedis();
afterAll(() => redis?.disconnect());

describe.skipIf(!redis)(
  `requests per address, shared through Redis at ${REDIS_URL}${redis ? '' : ' (not reachable: skipped; start redis-server or set REDIS_URL)'}`,
  () => {
    let one: TestContext;
    let two: TestContext;
    beforeAll(async () => {
      const env = { REDIS_URL, AGENT_RATE_LIMIT: '3/min' };
      [one, two] = await Promise.all([createTestApp({ env }), createTestApp({ env })]);
    });
    afterAll(async () => {
      await Promise.all([one?.close(), two?.close()]);
    });

    it('counts requests to either instance against one limit', async () => {
      const client = someAddress();
      expect((await available(one, client)).statusCode).toBe(200);
      expect((await available(two, client)).statusCode).toBe(200);
      expect((await available(one, client)).statusCode).toBe(200);
      const fourth = await available(two, client);
      expect(fourth.statusCode).toBe(429);
      expect(fourth.json()).toMatchObject({
        code: 'rate_limited',
        detail: expect.stringMatching(LIMITED),
      });
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
      expect((await available(one, client)).statusCode).toBe(429);

      // The count lives in Redis, with the window as its expiry.
      expect(await redis?.get(`${RATE_LIMIT_NAMESPACE}${client}`)).toBe('5');
      expect(await redis?.pttl(`${RATE_LIMIT_NAMESPACE}${client}`)).toBeGreaterThan(0);
      await redis?.del(`${RATE_LIMIT_NAMESPACE}${client}`);
    });
  },
);

describe.skipIf(!redis)(`login attempts, shared through Redis at ${REDIS_URL}`, () => {
  let one: TestContext;
  let two: TestContext;
  beforeAll(async () => {
    const env = {
      REDIS_URL,
      AUTH: 'password',
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'correct horse battery',
      LOGIN_RATE_LIMIT: '3/min',
    };
    [one, two] = await Promise.all([createTestApp({ env }), createTestApp({ env })]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
  });

  it('counts one address guessing at either instance against one limit', async () => {
    const client = someAddress();
    const guess = (ctx: TestContext, i: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: client,
        payload: { email: `guess${i}@example.com`, password: 'guess' },
      });
    expect((await guess(one, 0)).statusCode).toBe(401);
    expect((await guess(two, 1)).statusCode).toBe(401);
    expect((await guess(one, 2)).statusCode).toBe(401);
    const limited = await guess(two, 3);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().detail).toMatch(/^Too many login attempts from this address/);
    // The count lives in Redis (the library puts the route's own prefix before our key).
    const [key] = (await redis?.keys(`${RATE_LIMIT_NAMESPACE}*login:address:${client}`)) ?? [];
    expect(Number(await redis?.get(key as string))).toBe(4);
    await redis?.del(key as string);
  });
});

describe('REDIS_URL naming a Redis that is down', () => {
  it('lets requests through when Redis is down: an outage of the count is not one of the API', async () => {
    const down = await createTestApp({
      env: { REDIS_URL: 'redis://127.0.0.1:1', AGENT_RATE_LIMIT: '1/min' },
    });
    try {
      const client = someAddress();
      expect((await available(down, client)).statusCode).toBe(200);
      expect((await available(down, client)).statusCode).toBe(200);
    } finally {
      await down.close();
    }
  });
});
