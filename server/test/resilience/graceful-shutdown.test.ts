// SIGTERM to a real server process while it works: it stops taking new requests, finishes the
// ones in flight, ends an open answer stream with a last `shutting_down` event, closes the
// database (PGlite: releases its lock) and exits 0 — before its own 10 s deadline, which would
// exit 1. On PGlite in a temporary data directory, or on a fresh PostgreSQL database.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { companies } from '../../src/db/schema.js';
import { type ScriptedModel, scriptedModelEnv, startScriptedModel } from '../scripted-model.js';
import { parseSse } from '../test-app.js';
import {
  createTestDatabase,
  killAll,
  onPostgres,
  type ServerProcess,
  startServer,
  type TestDatabase,
} from './child-server.js';

let database: TestDatabase | undefined;
let model: ScriptedModel | undefined;
afterEach(async () => {
  killAll();
  await model?.close();
  await database?.drop();
});

/** Reads an SSE response until `until` appears in the text (or the stream ends). */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, until?: string) {
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    if (until && text.includes(until)) return { text, done: false };
    const { value, done } = await reader.read();
    if (done) return { text, done: true };
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * A POST whose headers and half of its body are sent now, the rest on `finish()`: a request
 * the server is in the middle of when the signal arrives.
 */
function halfSentPost(server: ServerProcess, url: string, body: string) {
  const request = http.request(`${server.url}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  request.write(body.slice(0, half));
  request.flushHeaders();
  return {
    response,
    finish: () => request.end(body.slice(half)),
  };
}

/** /api/ready while the server closes: a 503, or no connection at all. */
async function readyWhileClosing(server: ServerProcess) {
  try {
    const response = await fetch(`${server.url}/api/ready`);
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { status: 0, refused: cause?.code ?? String(error) };
  }
}

describe(`graceful shutdown (${onPostgres ? 'PostgreSQL' : 'PGlite data directory'})`, () => {
  it('finishes in-flight work, ends the open stream with shutting_down, closes the database, exits 0', async () => {
    database = await createTestDatabase();
    model = await startScriptedModel({ chunks: ['First ', 'never sent'], holdAfter: 1 });
    const server = await startServer({
      ...database.env,
      ...scriptedModelEnv(model),
      LLM_TIMEOUT_MS: '30000',
    });
    const lockFile = database.dataDir && path.join(database.dataDir, 'server.lock');
    if (lockFile) expect(fs.existsSync(lockFile)).toBe(true);

    // An answer stream the model keeps open after its first chunk.
    const stream = await fetch(`${server.url}/api/agents/answer-stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'How would you design a URL shortening service?' }),
    });
    expect(stream.status).toBe(200);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const before = await readUntil(reader, '"event_type":"content"');
    expect(before.done).toBe(false);

    // A write the server has started to read.
    const name = `Written during shutdown ${Date.now()}`;
    const inFlight = halfSentPost(
      server,
      '/api/companies',
      JSON.stringify({ company_name: name, industry: 'Testing' }),
    );
    await server.waitFor(/"url":"\/api\/companies"/, 10_000).catch(() => undefined);

    server.child.kill('SIGTERM');
    await server.waitFor(/"msg":"shutting down"/, 10_000);

    // New requests are turned away while it closes.
    const ready = await readyWhileClosing(server);
    if (ready.status === 0) {
      expect(ready.refused).toMatch(/ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET/);
    } else {
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body ?? '')).toMatchObject({ code: 'shutting_down' });
    }

    // The request in flight completes and is answered.
    inFlight.finish();
    const written = await inFlight.response;
    expect(written.status).toBe(201);
    expect(JSON.parse(written.body)).toMatchObject({ company_name: name });

    // The stream gets its last event and ends.
    const after = await readUntil(reader);
    expect(after.done).toBe(true);
    const events = parseSse(before.text + after.text);
    expect(events.map((e) => e.event_type)).not.toContain('complete');
    expect(events.at(-1)).toMatchObject({
      event_type: 'error',
      data: { error: 'shutting_down' },
    });

    // Exit 0: the server's own 10 s deadline exits 1.
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('database closed');
    expect(server.output()).not.toContain('shutdown took over 10 s');
    if (lockFile) expect(fs.existsSync(lockFile)).toBe(false);

    // What was acknowledged during the shutdown is stored.
    const reopened = await openDatabase({
      databaseUrl: database.url,
      dataDir: database.dataDir ?? 'memory://',
    });
    try {
      const rows = await reopened.db
        .select({ id: companies.company_id })
        .from(companies)
        .where(eq(companies.company_name, name));
      expect(rows).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });
});
