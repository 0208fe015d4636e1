// What moves the write clock: on PGlite, every statement that can change data, however it is
// made; so a cached list total or overview shows a write made below the API at once.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertInterview } from '../../test/factories.js';
import { createTestApp, type TestContext } from '../../test/test-app.js';
import { countingWrites, writeCount } from './write-clock.js';

describe('countingWrites (PGlite)', () => {
  let client: PGlite;
  beforeAll(async () => {
    client = countingWrites(await PGlite.create());
    await client.exec('create table t (n int)');
  });
  afterAll(async () => client.close());

  /** How far `run` moves the clock. */
  async function moves(run: () => Promise<unknown>) {
    const before = writeCount();
    await run().catch(() => undefined);
    return writeCount() - before;
  }

  it('leaves it for a SELECT, and moves it for a write, a script and a transaction', async () => {
    expect(await moves(() => client.query('select count(*) from t'))).toBe(0);
    expect(await moves(() => client.query('insert into t values ($1)', [1]))).toBe(1);
    expect(await moves(() => client.exec('insert into t values (2); delete from t'))).toBe(1);
    expect(
      await moves(() => client.transaction((tx) => tx.query('insert into t values (3)'))),
    ).toBe(1);
    const { rows } = await client.query<{ n: number }>('select n from t');
    expect(rows).toEqual([{ n: 3 }]);
  });

  it('moves it for a write that failed, which may have changed something before it did', async () => {
    expect(await moves(() => client.query('insert into t values ($1)', ['not a number']))).toBe(1);
  });
});

describe('cached reads and writes below the API', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => ctx?.close());

  const total = async (url: string) => {
    const res = await ctx.app.inject({ url });
    expect(res.statusCode).toBe(200);
    return (res.json() as { total: number }).total;
  };

  // On PostgreSQL another instance may write, and shows within a second (stats.test.ts).
  it.runIf(!process.env.DATABASE_URL)(
    'on PGlite, a list total and the overview show a row written straight to the database at once',
    async () => {
      for (let i = 0; i < 2; i++) await insertInterview(ctx.database);
      // A page of one, so the total is counted (and kept), not read off the page.
      const before = await total('/api/interviews?limit=1');
      const overview = async () =>
        (await ctx.app.inject({ url: '/api/stats/overview' })).json().total_interviews as number;
      const overviewBefore = await overview();
      await insertInterview(ctx.database);
      expect(await total('/api/interviews?limit=1')).toBe(before + 1);
      expect(await overview()).toBe(overviewBefore + 1);
    },
  );
});
