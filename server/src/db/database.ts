// One database handle for the whole app: embedded PGlite by default, node-postgres when a
// DATABASE_URL is given. Both run the same committed migrations at open.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { withNamedStatements } from './pglite-statements.js';
import { takingTurns } from './pglite-turns.js';
import * as schema from './schema.js';
import { countingWrites } from './write-clock.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /**
   * Every write to the data goes through this handle, and moves the write clock as it completes
   * (PGlite: one process per data directory). A read cached until the next write is then never
   * stale; on PostgreSQL another instance may write, so cached reads also expire on their own.
   */
  readonly soleWriter: boolean;
  /**
   * Vacuums and analyzes the database where nothing else does (PGlite has no autovacuum; see
   * maintenance.ts). Undefined for PostgreSQL, whose autovacuum does it.
   */
  maintain?(): Promise<void>;
  /** Where the data lives, without credentials (safe to log). */
  readonly location: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The slice of a pino logger the database needs for its start-up progress. */
export interface DatabaseLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface DatabaseTimeouts {
  /** Giving up on connecting to PostgreSQL. */
  connectMs: number;
  /**
   * Waiting for a free pooled connection. Under load requests queue here, so it is longer than
   * any statement may run: only a pool stuck behind statements that never end gives up.
   */
  queueMs: number;
  /** A statement PostgreSQL has been running this long is cancelled by the server. */
  statementMs: number;
  /** An answer that never arrives (a silent network cut) is given up on by the client. */
  queryMs: number;
}

/** A database that stops answering must not hang requests, /api/ready or the start. */
export const DEFAULT_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 5_000,
  queueMs: 30_000,
  statementMs: 15_000,
  queryMs: 20_000,
};

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  log?: DatabaseLog;
  timeouts?: Partial<DatabaseTimeouts>;
}

const silent: DatabaseLog = { info() {}, warn() {} };

// src/db and dist/db are both two levels below the package root that holds drizzle/.
const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../drizzle',
);

/** The advisory lock key that serializes migrations across instances ("itmg" in hex). */
const MIGRATION_LOCK = 0x69746d67;

/** PGlite's buffer cache (see openPglite). */
const PGLITE_SHARED_BUFFERS = '32MB';

/** /api/ready answers within this, whatever the database does. */
const PING_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          Object.assign(new Error(`timeout exceeded: no answer in ${ms} ms`), {
            code: 'ETIMEDOUT',
          }),
        ),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function redact(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

async function openPostgres(
  databaseUrl: string,
  log: DatabaseLog,
  timeouts: DatabaseTimeouts,
): Promise<Database> {
  // node-postgres's pool uses one connectionTimeoutMillis for two waits: connecting, and
  // waiting for a free client. Under load the second is queueing, not an outage (a 64-client
  // bench got 503s from it), so the pool gets the queue wait and each client its own connect
  // timeout.
  const { connectMs } = timeouts;
  class TimedClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectMs });
    }
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    Client: TimedClient,
    connectionTimeoutMillis: timeouts.queueMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    idle_in_transaction_session_timeout: 30_000,
    keepAlive: true,
  });
  // An idle client can lose its connection (server restart, admin termination); without a
  // listener that error would crash the process. The pool replaces the client on next use.
  pool.on('error', (error) => log.warn({ err: error }, 'an idle PostgreSQL connection failed'));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  try {
    log.info({ location: redact(databaseUrl) }, 'applying migrations on PostgreSQL');
    // Several instances starting at once on one database (behind a load balancer): one applies
    // the migrations, the others wait for it and then find nothing left to do.
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db,
    kind: 'postgres',
    soleWriter: false,
    location: redact(databaseUrl),
    async ping() {
      await withTimeout(db.execute(sql`select 1`), PING_TIMEOUT_MS);
    },
    async close() {
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string, log: DatabaseLog): Promise<Database> {
  const inMemory = dataDir === 'memory://';
  let lock: DataDirLock | undefined;
  if (!inMemory) {
    lock = acquireDataDirLock(dataDir);
    if (lock.clearedStalePid !== undefined) {
      const pid = lock.clearedStalePid;
      log.warn(
        { pid, reason: lock.clearedBecause },
        `cleared a stale lock on ${dataDir}: pid ${pid} ${lock.clearedBecause === 'pid reused' ? 'now belongs to another program' : 'is no longer running'} (the last server did not shut down cleanly)`,
      );
    }
  }
  let client: PGlite | undefined;
  const pgdata = inMemory ? 'memory://' : path.join(dataDir, 'pgdata');
  const create = () =>
    PGlite.create(pgdata, {
      extensions: { pg_trgm },
      // PGlite's buffer cache lives in the process's WebAssembly memory. 128 MB (PostgreSQL's
      // default) held a quarter of an idle server's memory; one person's tracker reads far less,
      // and the operating system caches the data files behind it.
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    });
  try {
    const firstStart = !inMemory && !existsSync(path.join(pgdata, 'PG_VERSION'));
    log.info({ dataDir }, 'opening embedded PGlite (the first start creates the database)');
    // pg_trgm is bundled with PGlite (no download); the migrations create it.
    client = await create();
    log.info({}, 'applying migrations on PGlite');
    await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
    if (firstStart) {
      // Creating the cluster touches some 250 MB of WebAssembly memory that an instance keeps
      // for its whole life (WebAssembly memory never shrinks); reopening the new files costs
      // a second and leaves the server at its usual idle size.
      await client.close();
      client = undefined;
      client = await create();
    }
    if (!inMemory) {
      // What autovacuum would have done since the last start: cheap when nothing changed (it
      // skips pages already all-visible), and it keeps reads fast after a bulk import.
      const started = performance.now();
      await client.exec('vacuum');
      log.info({ ms: Math.round(performance.now() - started) }, 'vacuumed the embedded database');
    }
    // SELECTs run as named prepared statements (pglite-statements.ts), every statement in a turn
    // of the event loop of its own (pglite-turns.ts), and every write moves the write clock
    // (write-clock.ts).
    const db = drizzlePglite(countingWrites(takingTurns(withNamedStatements(client))), {
      schema,
    }) as unknown as Db;
    const opened = client;
    let closed = false;
    return {
      db,
      kind: 'pglite',
      soleWriter: true,
      location: inMemory ? 'memory://' : dataDir,
      async maintain() {
        await opened.exec('vacuum (analyze)');
      },
      async ping() {
        await withTimeout(opened.query('select 1'), PING_TIMEOUT_MS);
      },
      async close() {
        if (closed) return;
        closed = true;
        try {
          await opened.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    await client?.close().catch(() => {});
    lock?.release();
    throw error;
  }
}

export function openDatabase(options: DatabaseOptions): Promise<Database> {
  const log = options.log ?? silent;
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, log, { ...DEFAULT_TIMEOUTS, ...options.timeouts })
    : openPglite(options.dataDir, log);
}
