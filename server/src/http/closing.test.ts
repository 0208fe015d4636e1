// While the app closes (SIGTERM), a request that arrives on a connection still open is a 503
// shutting_down in the API's error shape, /api/ready included, not Fastify's own 503 body.
import net, { type AddressInfo } from 'node:net';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});

it('answers /api/ready with 503 shutting_down once closing has begun', async () => {
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = ctx.app.server.address() as AddressInfo;

  // Headers half sent: the connection is busy, so closing waits for it instead of dropping it.
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write('GET /api/ready HTTP/1.1\r\nHost: localhost\r\n');
  await new Promise((resolve) => setTimeout(resolve, 100));
  let answer = '';
  socket.on('data', (chunk) => {
    answer += chunk;
  });
  const ended = new Promise((resolve) => socket.once('close', resolve));

  const closing = ctx.close();
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.write('\r\n');
  await ended;
  await closing;

  const [head = '', body = ''] = answer.split('\r\n\r\n');
  expect(head).toMatch(/^HTTP\/1\.1 503 Service Unavailable/);
  expect(head).toMatch(/connection: close/i);
  expect(JSON.parse(body)).toEqual({
    detail: 'The server is shutting down; retry in a moment',
    code: 'shutting_down',
    request_id: expect.any(String),
  });
});
