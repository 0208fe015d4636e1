// Maintenance of the embedded database: due after enough writes, only in a quiet moment, once
// at a time, tried again after a failure; and on PGlite it really analyzes the tables.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app.js';
import { scheduleMaintenance } from './maintenance.js';
import { queryRows } from './sql.js';

function setup(maintain = vi.fn(async () => {})) {
  let writes = 0;
  const log = { info: vi.fn(), warn: vi.fn() };
  const maintenance = scheduleMaintenance({
    maintain,
    writes: () => writes,
    log,
    minWrites: 10,
    quietMs: 1_000,
  });
  return {
    maintenance,
    maintain,
    log,
    write: (n: number) => {
      writes += n;
    },
  };
}

describe('scheduled maintenance', () => {
  it('runs after enough writes once the server is quiet, then waits for more writes', async () => {
    const { maintenance, maintain, write, log } = setup();
    write(9);
    expect(await maintenance.runIfDue(10_000)).toBe(false);
    write(1);
    maintenance.noteRequest(9_500);
    expect(await maintenance.runIfDue(10_000)).toBe(false); // a request half a second ago
    expect(await maintenance.runIfDue(10_600)).toBe(true);
    expect(maintain).toHaveBeenCalledTimes(1);
    expect(log.info).toHaveBeenCalledWith(
      expect.objectContaining({ writes: 10 }),
      expect.any(String),
    );
    expect(await maintenance.runIfDue(20_000)).toBe(false); // nothing written since
    maintenance.stop();
  });

  it('never runs twice at once, and tries again after a failure', async () => {
    let finish = () => {};
    const maintain = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('cannot vacuum'))
      .mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    const { maintenance, write, log } = setup(maintain);
    write(10);
    expect(await maintenance.runIfDue(5_000)).toBe(false);
    expect(log.warn).toHaveBeenCalledTimes(1);
    const running = maintenance.runIfDue(6_000);
    expect(await maintenance.runIfDue(6_001)).toBe(false);
    finish();
    expect(await running).toBe(true);
    expect(maintain).toHaveBeenCalledTimes(2);
    maintenance.stop();
  });
});

describe('maintain() on the database the suite runs on', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('analyzes the embedded database; PostgreSQL leaves it to autovacuum', async () => {
    if (ctx.database.kind === 'postgres') {
      expect(ctx.database.maintain).toBeUndefined();
      return;
    }
    const analyzed = async () => {
      const [row] = await queryRows<{ analyzed: boolean }>(
        ctx.database.db,
        sql`select last_analyze is not null as analyzed from pg_stat_user_tables
            where relname = 'interviews'`,
      );
      return row?.analyzed;
    };
    expect(await analyzed()).toBe(false);
    await ctx.database.maintain?.();
    expect(await analyzed()).toBe(true);
  });
});
