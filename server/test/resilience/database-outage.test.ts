// PostgreSQL going away under a light load, through a TCP proxy the test controls: requests get
// a quick 503 database_unavailable with a `detail` (never a 500, never a hang), /api/ready is a
// 503 saying why, and once the database is back the same app answers again without a restart.
// Then a database that accepts connections but never answers: 503 within the timeouts given to
// openDatabase. PGlite runs in the process and cannot be cut off: PostgreSQL only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { createScratchDatabase } from '../test-app.js';
import { sleep } from './child-server.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.info(
    'database outage: skipped on PGlite (it runs inside the process); set DATABASE_URL to run it',
  );
}

/** Small on purpose: the silent-database phase waits for them. */
const TIMEOUTS = { connectMs: 1_000, statementMs: 1_500, queryMs: 2_000 };
/** The slowest a request may answer while the database is gone: the longest timeout, and slack. */
const ANSWER_WITHIN_MS = TIMEOUTS.queryMs + 3_000;

let proxy: TcpProxy;
let database: Database;
let app: App;
let drop: () => Promise<unknown>;

beforeAll(async () => {
  if (!serverUrl) return;
  const scratch = await createScratchDatabase(serverUrl);
  drop = scratch.drop;
  const url = new URL(scratch.url);
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.host = `127.0.0.1:${proxy.port}`;
  database = await openDatabase({
    databaseUrl: url.toString(),
    dataDir: 'memory://',
    timeouts: TIMEOUTS,
  });
  const config = {
    ...loadConfig({ AGENT_RATE_LIMIT: 'off', AGENT_STREAM_LIMIT: '0' }),
    logLevel: 'silent' as const,
  };
  app = await buildApp({ config, database, logger: false });
  await app.ready();
});

afterAll(async () => {
  if (!serverUrl) return;
  await proxy?.start();
  await app?.close();
  await database?.close();
  await proxy?.close();
  await drop?.();
});

interface Outcome {
  url: string;
  status: number;
  ms: number;
  body: Record<string, unknown>;
}

/** A few clients reading and writing in a loop, recording every answer, until stopped. */
function lightLoad() {
  const outcomes: Outcome[] = [];
  let stopped = false;
  let n = 0;
  const client = async (c: number) => {
    while (!stopped) {
      const write = n++ % 3 === 0;
      const started = performance.now();
      const response = await app.inject(
        write
          ? {
              method: 'POST',
              url: '/api/companies',
              payload: { company_name: `Outage ${c}-${n}-${Math.random()}` },
            }
          : { method: 'GET', url: c % 2 ? '/api/companies' : '/api/interviews' },
      );
      outcomes.push({
        url: `${write ? 'POST' : 'GET'} ${response.raw.req.url}`,
        status: response.statusCode,
        ms: performance.now() - started,
        body: response.body ? (response.json() as Record<string, unknown>) : {},
      });
      await sleep(20);
    }
  };
  const clients = Promise.all([0, 1, 2, 3].map(client));
  return {
    outcomes,
    /** Outcomes from `from` on, once the next `ms` have passed. */
    async during(ms: number) {
      const from = outcomes.length;
      await sleep(ms);
      return outcomes.slice(from);
    },
    async stop() {
      stopped = true;
      await clients;
    },
  };
}

const ready = async () => {
  const started = performance.now();
  const response = await app.inject({ url: '/api/ready' });
  return { status: response.statusCode, body: response.json(), ms: performance.now() - started };
};

/** Every answer while the database is gone: a 2xx begun before, or a prompt 503 with detail. */
function expectOnlyQuick503s(outcomes: Outcome[]) {
  expect(outcomes.length).toBeGreaterThan(0);
  const unexpected = outcomes.filter(
    (o) =>
      o.status >= 300 &&
      !(
        o.status === 503 &&
        o.body.code === 'database_unavailable' &&
        typeof o.body.detail === 'string'
      ),
  );
  expect(unexpected).toEqual([]);
  expect(outcomes.filter((o) => o.ms > ANSWER_WITHIN_MS)).toEqual([]);
  expect(outcomes.filter((o) => o.status === 503).length).toBeGreaterThan(0);
}

async function waitForRecovery(load: ReturnType<typeof lightLoad>) {
  for (let i = 0; i < 100; i++) {
    if ((await ready()).status === 200) break;
    await sleep(100);
  }
  expect((await ready()).status).toBe(200);
  // Give the pool a moment to replace its broken connections, then all is well again.
  await load.during(1_000);
  const after = await load.during(2_000);
  expect(after.length).toBeGreaterThan(0);
  expect(after.filter((o) => o.status >= 300)).toEqual([]);
}

describe.skipIf(!serverUrl)('PostgreSQL outage through a proxy', { timeout: 120_000 }, () => {
  it('answers 503 quickly while the database is gone, and recovers without a restart', async () => {
    const load = lightLoad();
    try {
      const healthy = await load.during(1_000);
      expect(healthy.filter((o) => o.status >= 300)).toEqual([]);

      await proxy.stop();
      const down = await load.during(4_000);
      expectOnlyQuick503s(down);
      const notReady = await ready();
      expect(notReady.status).toBe(503);
      expect(notReady.body).toMatchObject({
        code: 'database_unavailable',
        detail: expect.stringMatching(/^The database is not reachable: .*(ECONNREFUSED|connect)/),
      });

      await proxy.start();
      await waitForRecovery(load);
    } finally {
      await load.stop();
    }
  });

  it('answers 503 within the timeouts when the database accepts connections but never answers', async () => {
    const load = lightLoad();
    try {
      await load.during(500);
      proxy.blackhole();
      const silent = await load.during(TIMEOUTS.queryMs + 4_000);
      expectOnlyQuick503s(silent);
      const notReady = await ready();
      expect(notReady.status).toBe(503);
      expect(notReady.body).toMatchObject({
        code: 'database_unavailable',
        detail: expect.stringMatching(/^The database is not reachable: .*timeout/i),
      });

      await proxy.start();
      await waitForRecovery(load);
    } finally {
      await load.stop();
    }
  });
});
