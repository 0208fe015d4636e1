// Writes an event generator to the client as Server-Sent Events: headers flushed at once, a
// keep-alive comment after each quiet spell, back-pressure respected, and a client disconnect
// turned into an abort of everything upstream.
import { once } from 'node:events';
import type { FastifyReply } from 'fastify';
import { type AgentEvent, toSse } from './agent-events.js';

export interface SseOptions {
  heartbeatMs: number;
  /** Aborted when the server is shutting down: the stream ends with a final error event. */
  shutdown?: AbortSignal;
}

const SHUTTING_DOWN: AgentEvent = {
  event_type: 'error',
  data: { error: 'shutting_down', message: 'The server is restarting; ask again in a moment' },
};

export async function sendEventStream(
  reply: FastifyReply,
  events: (signal: AbortSignal) => AsyncGenerator<AgentEvent>,
  { heartbeatMs, shutdown }: SseOptions,
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
    // No Connection header of our own: Node keeps the connection alive unless the client said
    // `Connection: close`, and then closes it once the stream ends.
  });
  raw.flushHeaders();

  const onClose = () => {
    if (!raw.writableFinished) controller.abort(new Error('client disconnected'));
  };
  raw.on('close', onClose);
  // A restart must not cut a stream off without a word: the model call is aborted and the
  // client gets a last event saying why, then the end of the stream.
  let stopping = false;
  const onShutdown = () => {
    stopping = true;
    controller.abort(new Error('server shutting down'));
  };
  if (shutdown?.aborted) onShutdown();
  shutdown?.addEventListener('abort', onShutdown, { once: true });
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
    shutdown?.removeEventListener('abort', onShutdown);
    if (stopping && !raw.writableEnded && !raw.destroyed) raw.write(toSse(SHUTTING_DOWN));
    if (!raw.writableEnded) raw.end();
  }
}
