// What one connection may hold, seen from a raw socket against the app listening on loopback:
// a client that never finishes its request is dropped, the connection cap drops the surplus,
// and an answer stream honours `Connection: close`.
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app.js';

let ctx: TestContext;
let port: number;
beforeAll(async () => {
  ctx = await createTestApp({ env: { MAX_CONNECTIONS: '3' } });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  port = (ctx.app.server.address() as AddressInfo).port;
});
afterAll(async () => ctx?.close());

interface Exchange {
  socket: net.Socket;
  /** Everything the server sent, once it has closed the connection. */
  closed: Promise<string>;
  /** Resolves with what has arrived so far once `text` is in it. */
  received(text: string): Promise<string>;
}

function open(request: string): Exchange {
  const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
  let data = '';
  const waiting: { text: string; resolve: (data: string) => void }[] = [];
  socket.on('data', (chunk) => {
    data += chunk;
    for (const w of waiting.filter((w) => data.includes(w.text))) w.resolve(data);
  });
  socket.on('error', () => {});
  return {
    socket,
    closed: new Promise((resolve) => socket.on('close', () => resolve(data))),
    received: (text) =>
      new Promise((resolve) => {
        if (data.includes(text)) resolve(data);
        else waiting.push({ text, resolve });
      }),
  };
}

/** Rejects if the server still holds the connection after `ms`. */
function closedWithin(exchange: Exchange, ms: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    exchange.closed.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        exchange.socket.destroy();
        reject(new Error(`the server still held the connection after ${ms} ms`));
      }, ms);
    }),
  ]);
}

const health = 'GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n';

describe('timeouts', () => {
  it('drops a client that sends headers and part of a body, or part of its headers, within 30 s', async () => {
    const partialBody = open(
      'POST /api/companies HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"company_name": "Slow',
    );
    const partialHeaders = open('GET /api/health HTTP/1.1\r\nHost: local');
    const [body, headers] = await Promise.all([
      closedWithin(partialBody, 30_000),
      closedWithin(partialHeaders, 30_000),
    ]);
    for (const response of [body, headers]) {
      expect(response).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
      expect(JSON.parse(response.split('\r\n\r\n')[1] ?? '')).toMatchObject({
        code: 'request_timeout',
        detail: expect.stringContaining('did not arrive in time'),
      });
    }
  }, 40_000);

  it('sets the limits the README states', () => {
    const server = ctx.app.server;
    expect({
      requestTimeout: server.requestTimeout,
      headersTimeout: server.headersTimeout,
      keepAliveTimeout: server.keepAliveTimeout,
      socketTimeout: server.timeout,
      maxRequestsPerSocket: server.maxRequestsPerSocket,
      maxConnections: server.maxConnections,
    }).toEqual({
      requestTimeout: 20_000,
      headersTimeout: 10_000,
      keepAliveTimeout: 10_000,
      socketTimeout: 300_000,
      maxRequestsPerSocket: 0,
      maxConnections: 3,
    });
  });
});

describe('connections', () => {
  it('drops connections past MAX_CONNECTIONS at once, and takes new ones when some close', async () => {
    const held = [open(health), open(health), open(health)];
    await Promise.all(held.map((c) => c.received('{"status":"ok"}')));

    const surplus = open(health);
    expect(await closedWithin(surplus, 5000)).toBe('');

    held[0]?.socket.destroy();
    await held[0]?.closed;
    // The server counts the closed socket out once its own side has seen the close.
    let answered = '';
    for (let attempt = 0; attempt < 20 && !answered; attempt++) {
      const next = open(health);
      answered = await Promise.race([next.received('{"status":"ok"}'), next.closed.then(() => '')]);
      next.socket.destroy();
    }
    expect(answered).toMatch(/^HTTP\/1\.1 200 OK/);
    for (const c of held) c.socket.destroy();
    // Leave no connection counted against the next test.
    const count = () =>
      new Promise<number>((resolve) => ctx.app.server.getConnections((_, n) => resolve(n)));
    while ((await count()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('closes the connection after an answer stream when the client sent Connection: close', async () => {
    const body = JSON.stringify({ question: 'What is a hash map?' });
    const stream = open(
      'POST /api/agents/answer-stream HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n' +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    const response = await closedWithin(stream, 30_000);
    const head = response.split('\r\n\r\n')[0] ?? '';
    expect(head).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(head.toLowerCase()).toContain('connection: close');
    expect(head.toLowerCase()).not.toContain('keep-alive');
    expect(response).toContain('"event_type":"complete"');
  });
});
