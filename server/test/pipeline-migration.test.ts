// The pipeline migration (0005) on a database that already holds interviews: each gets the
// stage its status and result imply, and it and its rounds a creation event, so the timeline
// and the funnel start from what was there. Run on PGlite, and on PostgreSQL too with DATABASE_URL.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from './test-app.js';

const migrations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../drizzle');
const scratch = mkdtempSync(path.join(tmpdir(), 'pipeline-migration-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The migrations folder as it was up to 0004 (the journal lists what the migrator applies). */
function migrationsUpTo0004(): string {
  const folder = path.join(scratch, 'drizzle');
  cpSync(migrations, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 4);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const S = 'interview_schema';
const SEED = `
  insert into ${S}.interviews (interview_id, seniority_level, interview_status, interview_result, created_at) values
    (1, 'senior', 'scheduled', 'pending', '2024-01-01T00:00:00Z'),
    (2, 'senior', 'completed', 'offer_received', '2024-01-02T00:00:00Z'),
    (3, 'senior', 'completed', 'failed', '2024-01-03T00:00:00Z'),
    (4, 'senior', 'cancelled', 'pending', '2024-01-04T00:00:00Z'),
    (5, 'senior', 'scheduled', 'pending', '2024-01-05T00:00:00Z'),
    (6, 'senior', 'completed', 'offer_accepted', '2024-01-06T00:00:00Z');
  insert into ${S}.interview_rounds (round_id, interview_id, round_number, round_type, round_status, created_at)
    values (1, 5, 1, 'technical', 'completed', '2024-02-01T00:00:00Z');`;

type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

async function expectMigrated(query: Query) {
  const stages = await query(`select interview_id, stage from ${S}.interviews order by 1`);
  expect(stages.rows.map((r) => r.stage)).toEqual([
    'applied',
    'offer',
    'rejected',
    'withdrawn',
    'interviewing',
    'accepted',
  ]);
  const events = await query(
    `select interview_id, round_id, entity, field, to_value, occurred_at
     from ${S}.interview_events order by occurred_at, event_id`,
  );
  expect(
    events.rows.map((e) => `${e.entity}#${e.round_id ?? e.interview_id}:${e.field}>${e.to_value}`),
  ).toEqual([
    'interview#1:created>applied',
    'interview#2:created>offer',
    'interview#3:created>rejected',
    'interview#4:created>withdrawn',
    'interview#5:created>interviewing',
    'interview#6:created>accepted',
    'round#1:created>completed',
  ]);
  expect(new Date(events.rows[0]?.occurred_at as string).toISOString()).toBe(
    '2024-01-01T00:00:00.000Z',
  );
}

describe('migration 0005 (pipeline) on existing data', () => {
  it('derives stages and backfills creation events on PGlite', async () => {
    const client = await PGlite.create('memory://', { extensions: { pg_trgm } });
    try {
      await migratePglite(drizzlePglite(client), { migrationsFolder: migrationsUpTo0004() });
      await client.exec(SEED);
      await migratePglite(drizzlePglite(client), { migrationsFolder: migrations });
      await expectMigrated((text) => client.query(text));
    } finally {
      await client.close();
    }
  });

  it.runIf(process.env.DATABASE_URL)('does the same on PostgreSQL', async () => {
    const db = await createScratchDatabase(process.env.DATABASE_URL as string);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await migratePg(drizzlePg(client), { migrationsFolder: migrationsUpTo0004() });
      await client.query(SEED);
      await migratePg(drizzlePg(client), { migrationsFolder: migrations });
      await expectMigrated((text) => client.query(text));
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
