// Each test file gets the real app on a database of its own: an in-memory PGlite by default,
// or a freshly created database on the PostgreSQL server named by DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { type App, buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/database.js';
import { AgentStreamEvent } from '../src/features/agents/agent-events.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface TestContext {
  app: App;
  database: Database;
  close(): Promise<void>;
}

async function withAdmin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the server of `serverUrl`; returns its URL and a dropper. */
export async function createScratchDatabase(serverUrl: string) {
  const name = `its_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

export interface TestAppOptions {
  /** Extra configuration variables, e.g. LLM_PROVIDER for a scripted model. */
  env?: Record<string, string>;
  heartbeatMs?: number;
  /** Registers extra routes before the app is ready: a test's probe into the real stack. */
  extend?: (app: App) => void;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestContext> {
  const config = {
    // Every inject() comes from one address, and a suite asks the agents hundreds of times: the
    // agent and login limits and a shared Redis count are on only where a test sets them.
    // AUTH=none unless a test asks for accounts.
    ...loadConfig({
      ...process.env,
      AUTH: '',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      AGENT_RATE_LIMIT: 'off',
      AGENT_STREAM_LIMIT: '0',
      LOGIN_RATE_LIMIT: 'off',
      REDIS_URL: '',
      ...options.env,
    }),
    dataDir: 'memory://',
    logLevel: 'silent' as const,
  };
  const scratch = config.databaseUrl ? await createScratchDatabase(config.databaseUrl) : undefined;
  const opened = await openDatabase({ databaseUrl: scratch?.url, dataDir: 'memory://' });
  // A test may close the database itself to see the app without it; closing twice is a no-op.
  let closing: Promise<void> | undefined;
  const database: Database = Object.assign(Object.create(opened), {
    close: () => {
      closing ??= opened.close();
      return closing;
    },
  });
  const app = await buildApp({
    config,
    database,
    logger: false,
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  options.extend?.(app);
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
      await scratch?.drop();
    },
  };
}

export interface StreamEvent {
  event_type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validEvent = ajv.compile(AgentStreamEvent);

/**
 * Parses an SSE body into its events (comment lines are dropped). Every event must match the
 * AgentStreamEvent schema the OpenAPI document publishes, so each stream test also checks that
 * the server sends what it documents.
 */
export function parseSse(body: string): StreamEvent[] {
  return body
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => {
      const event: unknown = JSON.parse(block.slice(6));
      if (!validEvent(event)) {
        throw new Error(
          `stream event does not match AgentStreamEvent: ${ajv.errorsText(validEvent.errors)}\n${block}`,
        );
      }
      return event as StreamEvent;
    });
}

/** Row count of a table: proves a rejected write changed nothing. */
export async function countRows(database: Database, table: PgTable): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}
