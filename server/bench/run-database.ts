// The database of one bench run, never the user's: a scratch database on the PostgreSQL server
// named by DATABASE_URL (dropped afterwards, as the tests do), or else PGlite in a temporary
// data directory (removed afterwards). PGlite admits one process per data directory, so the
// bench seeds through its own handle, closes it, and only then starts the server on it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../src/db/database.js';
import { createScratchDatabase } from '../test/test-app.js';

export interface RunDatabase {
  kind: 'pglite' | 'postgres';
  /** Environment that points the server at this database. */
  serverEnv: Record<string, string>;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

export async function createRunDatabase(databaseUrl: string | undefined): Promise<RunDatabase> {
  if (databaseUrl) {
    const scratch = await createScratchDatabase(databaseUrl);
    return {
      kind: 'postgres',
      serverEnv: { DATABASE_URL: scratch.url },
      // Seeding 100,000 interviews runs statements longer than a request's 15 s budget.
      open: () =>
        openDatabase({
          databaseUrl: scratch.url,
          dataDir: 'memory://',
          timeouts: { statementMs: 3_600_000, queryMs: 3_600_000 },
        }),
      remove: async () => {
        await scratch.drop();
      },
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'its-bench-'));
  return {
    kind: 'pglite',
    serverEnv: { DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * An empty database of the same kind, for the answer-stream figures: they measure the stream
 * itself, as they did before the bench seeded data, so they stay comparable with earlier runs.
 */
export async function createEmptyDatabase(
  databaseUrl: string | undefined,
): Promise<Pick<RunDatabase, 'serverEnv' | 'remove'>> {
  if (!databaseUrl) return { serverEnv: { DATA_DIR: 'memory://' }, remove: async () => {} };
  const scratch = await createScratchDatabase(databaseUrl);
  return {
    serverEnv: { DATABASE_URL: scratch.url },
    remove: async () => void (await scratch.drop()),
  };
}
