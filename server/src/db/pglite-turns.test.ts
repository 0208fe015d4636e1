// Between two queries on PGlite the event loop gets a turn: connections are accepted, timers
// fire and answers leave while a queue of queries waits, in the order they arrived.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takingTurns } from './pglite-turns.js';

describe('takingTurns', () => {
  let raw: PGlite;
  let client: PGlite;
  beforeAll(async () => {
    raw = await PGlite.create();
    client = takingTurns(raw);
    await client.exec('create table t (n int)');
  });
  afterAll(async () => raw.close());

  /** Runs `count` queries at once; returns how many had finished when a timer set meanwhile fired. */
  async function finishedWhenTimerFires(db: PGlite, count: number) {
    let finished = 0;
    const queries = Array.from({ length: count }, (_, i) =>
      db.query('select $1::int as i, pg_sleep(0.002)', [i]).then(() => {
        finished += 1;
      }),
    );
    const atTimer = new Promise<number>((resolve) => setTimeout(() => resolve(finished), 0));
    await Promise.all(queries);
    return atTimer;
  }

  it('lets a timer fire between queries, where back to back it waited for all of them', async () => {
    expect(await finishedWhenTimerFires(raw, 20)).toBe(20);
    expect(await finishedWhenTimerFires(client, 20)).toBeLessThan(5);
  });

  it('runs statements, scripts and transactions in the order they were asked', async () => {
    const order: string[] = [];
    await Promise.all([
      client.query('insert into t values (1)').then(() => order.push('insert')),
      client
        .transaction(async (tx) => {
          await tx.query('insert into t values (2)');
          await tx.query('insert into t values (3)');
        })
        .then(() => order.push('transaction')),
      client.exec('delete from t where n = 1').then(() => order.push('script')),
      client.query<{ n: number }>('select n from t order by n').then(({ rows }) => {
        order.push(`select ${rows.map((r) => r.n).join(',')}`);
      }),
    ]);
    expect(order).toEqual(['insert', 'transaction', 'script', 'select 2,3']);
  });

  it('goes on after a statement fails', async () => {
    await expect(client.query('select * from missing_table')).rejects.toThrow(/missing_table/);
    expect((await client.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });
});
