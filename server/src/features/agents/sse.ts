// Writes an event generator to the client as Server-Sent Events: headers flushed at once, a
// keep-alive comment after each quiet spell, back-pressure respected, and a client disconnect
// turned into an abort of everything upstream.
import { once } from 'node:events';
import type { FastifyReply } from 'fastify';
import { type AgentEvent, toSse } from './agent-events.js';

export interface SseOptions {
  heartbeatMs: number;
}

export async function sendEventStream(
  reply: FastifyReply,
  events: (signal: AbortSignal) => AsyncGenerator<AgentEvent>,
  { heartbeatMs }: SseOptions,
): Promise<void> {
  const raw = reply.raw;
  const controller = new AbortController();
  reply.hijack();
  // Headers set by hooks (CORS, request id) must be copied: a hijacked reply sends nothing itself.
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string | string[] | number>),
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  raw.flushHeaders();

  const onClose = () => {
    if (!raw.writableFinished) controller.abort(new Error('client disconnected'));
  };
  raw.on('close', onClose);
  let lastWrite = Date.now();
  const heartbeat = setInterval(
    () => {
      if (Date.now() - lastWrite >= heartbeatMs && !raw.writableEnded) {
        raw.write(': keep-alive\n\n');
        lastWrite = Date.now();
      }
    },
    Math.max(10, Math.floor(heartbeatMs / 3)),
  );

  try {
    for await (const event of events(controller.signal)) {
      if (controller.signal.aborted) break;
      lastWrite = Date.now();
      if (!raw.write(toSse(event)) && !controller.signal.aborted) {
        // A slow reader: wait instead of buffering the rest of the answer in memory.
        await Promise.race([once(raw, 'drain'), once(controller.signal, 'abort')]);
      }
    }
  } finally {
    clearInterval(heartbeat);
    raw.off('close', onClose);
    if (!raw.writableEnded) raw.end();
  }
}
