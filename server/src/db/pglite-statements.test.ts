// SELECTs through PGlite run as named prepared statements: prepared once per text, answered
// with each call's values, closed past the cap, and a failing statement leaves the database
// usable. (PGlite only: with DATABASE_URL node-postgres prepares what Drizzle names.)
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PGLITE_STATEMENTS, withNamedStatements } from './pglite-statements.js';

let raw: PGlite;
let client: PGlite;
beforeAll(async () => {
  raw = await PGlite.create();
  await raw.exec(`create table t (id int primary key, name text, born date, tags text[]);
    insert into t values (1, 'Ada', '1815-12-10', '{math,poetry}'), (2, 'Grace', '1906-12-09', '{navy}')`);
  client = withNamedStatements(raw);
});
afterAll(() => raw.close());

const prepared = async () =>
  (await raw.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements')).rows[0]
    ?.n;

describe('PGlite named statements', () => {
  it('prepares a SELECT once and answers each call with its own values, types parsed', async () => {
    const before = await prepared();
    const text = 'select name, born, tags from t where id = $1';
    const ada = await client.query<{ name: string; born: Date; tags: string[] }>(text, [1]);
    const grace = await client.query<{ name: string }>(text, [2]);
    expect(ada.rows).toEqual([
      { name: 'Ada', born: new Date('1815-12-10'), tags: ['math', 'poetry'] },
    ]);
    expect(grace.rows.map((r) => r.name)).toEqual(['Grace']);
    expect(ada.fields.map((f) => f.name)).toEqual(['name', 'born', 'tags']);
    expect(await prepared()).toBe((before ?? 0) + 1);
    const arrays = await client.query<unknown[]>(text, [1], { rowMode: 'array' });
    expect(arrays.rows[0]?.[0]).toBe('Ada');
  });

  it('closes the least recently used statement past the cap, and still answers', async () => {
    for (let i = 0; i < MAX_PGLITE_STATEMENTS + 5; i++) {
      const { rows } = await client.query<{ v: number }>(`select ${i} + $1::int as v`, [1]);
      expect(rows[0]?.v).toBe(i + 1);
    }
    expect(await prepared()).toBeLessThanOrEqual(MAX_PGLITE_STATEMENTS);
  });

  it('reports a failing statement with its error and stays usable', async () => {
    await expect(client.query('select nosuchcolumn from t')).rejects.toMatchObject({
      code: '42703',
    });
    await expect(client.query('select 1 / $1::int as v', [0])).rejects.toMatchObject({
      code: '22012',
    });
    const { rows } = await client.query<{ v: number }>('select 1 / $1::int as v', [1]);
    expect(rows).toEqual([{ v: 1 }]);
  });

  it('waits for an open transaction instead of reading inside it', async () => {
    // The transaction inserts a row and then rolls back: a read run inside it would see 3.
    const tx = client.transaction(async (t) => {
      await t.query(`insert into t values (3, 'Linus', null, null)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('roll back');
    });
    const read = client.query<{ n: number }>('select count(*)::int as n from t where id > $1', [0]);
    await expect(tx).rejects.toThrow('roll back');
    expect((await read).rows[0]?.n).toBe(2);
  });
});
