// Errors answered before a request reaches a route, seen from a raw socket against the app on
// loopback: each is the API's JSON error shape `{detail, code, request_id}`, not Fastify's or
// Node's own (issue 10, defect 8).
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app.js';

let ctx: TestContext;
let port: number;
beforeAll(async () => {
  ctx = await createTestApp();
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  port = (ctx.app.server.address() as AddressInfo).port;
});
afterAll(async () => ctx?.close());

/** Sends `request` as written and resolves with status, headers and parsed body on close. */
function exchange(request: string) {
  return new Promise<{ status: number; head: string; body: Record<string, unknown> }>(
    (resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk;
      });
      socket.on('error', () => {});
      socket.on('close', () => {
        const [head = '', body = ''] = data.split('\r\n\r\n');
        try {
          resolve({ status: Number(head.split(' ')[1]), head, body: JSON.parse(body) });
        } catch {
          reject(new Error(`not a JSON answer:\n${data}`));
        }
      });
    },
  );
}

const get = (target: string, headers = '') =>
  `GET ${target} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`;

describe('requests Node or the router cannot read', () => {
  it.each([
    [
      'a request line over 16 KB',
      get(`/api/companies?search=${'a'.repeat(20_000)}`),
      431,
      'headers_too_large',
      'The request line and headers are larger than 16 KB: send long values in a JSON body',
    ],
    [
      'a header over 16 KB',
      get('/api/health', `X-Big: ${'a'.repeat(20_000)}\r\n`),
      431,
      'headers_too_large',
      'The request line and headers are larger than 16 KB: send long values in a JSON body',
    ],
    [
      'a path parameter over 100 characters (was a 414)',
      get(`/api/interviews/${'1'.repeat(101)}`),
      400,
      'validation_error',
      `A path parameter is longer than 100 characters: /api/interviews/${'1'.repeat(101)}`,
    ],
    [
      'a broken percent-encoding in the path',
      get('/api/interviews/%zz'),
      400,
      'validation_error',
      'The path is not valid percent-encoding: /api/interviews/%zz',
    ],
    [
      'a method HTTP does not have',
      'BLAH /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n',
      400,
      'validation_error',
      'The request is not valid HTTP/1.1 (HPE_INVALID_METHOD)',
    ],
    [
      'a header line without a colon',
      'GET /api/health HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n',
      400,
      'validation_error',
      'The request is not valid HTTP/1.1 (HPE_INVALID_HEADER_TOKEN)',
    ],
  ])('%s: %i %s', async (_what, request, status, code, detail) => {
    const res = await exchange(request);
    expect(res.status).toBe(status);
    expect(res.head).toMatch(/content-type: application\/json/i);
    expect(res.body).toEqual({ detail, code, request_id: expect.any(String) });
  });
});
