// Several instances behind a load balancer start at the same moment on one new PostgreSQL
// database: each must come up, with the migrations applied once. PGlite admits one process per
// data directory (see pglite-process.test.ts), so this is PostgreSQL only.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { createScratchDatabase } from './test-app.js';

const serverUrl = process.env.DATABASE_URL;

describe.runIf(serverUrl)('instances starting together on one PostgreSQL database', () => {
  it('all start, and the migrations are recorded once', async () => {
    const scratch = await createScratchDatabase(serverUrl as string);
    try {
      const started = await Promise.allSettled(
        Array.from({ length: 4 }, () =>
          openDatabase({ databaseUrl: scratch.url, dataDir: 'memory://' }),
        ),
      );
      const opened = started.flatMap((result) =>
        result.status === 'fulfilled' ? [result.value] : [],
      );
      try {
        expect(started.filter((result) => result.status === 'rejected')).toEqual([]);
        const [first] = opened;
        const rows = (await first?.db.execute(
          sql`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`,
        )) as unknown as { rows: { n: number }[] };
        expect(rows.rows.length).toBeGreaterThan(0);
        expect(rows.rows.every((row) => row.n === 1)).toBe(true);
      } finally {
        await Promise.all(opened.map((database) => database.close()));
      }
    } finally {
      await scratch.drop();
    }
  });
});
