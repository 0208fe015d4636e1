// SQL building blocks more than one feature needs. Queries themselves stay in the features.
import { and, eq, ilike, ne, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';
import { type OwnerId, ownedBy } from './owner.js';

/** `%` and `_` in a user's search are literal characters, not wildcards. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Case-insensitive substring match of `search` on any of the columns; a placeholder stands for
 * a pattern containsPattern made.
 */
export function matchesAny(search: string | Placeholder, ...columns: PgColumn[]): SQL | undefined {
  const pattern = typeof search === 'string' ? containsPattern(search) : search;
  return or(...columns.map((column) => ilike(column, pattern)));
}

/** Names compare and sort case-insensitively: "Acme" and "acme" are one name. */
export const lowerOf = (column: PgColumn): SQL => sql`lower(${column})`;

/** True when another row of the same owner than `exceptId` already has this name, ignoring case. */
export async function nameTaken(
  db: Db,
  { id, name, owner }: { id: PgColumn; name: PgColumn; owner: PgColumn },
  ownerId: OwnerId,
  value: string,
  exceptId?: number,
): Promise<boolean> {
  const rows = await db
    .select({ id })
    .from(id.table)
    .where(
      and(
        ownedBy(owner, ownerId),
        eq(lowerOf(name), value.toLowerCase()),
        exceptId ? ne(id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/**
 * True when `error` is one of the unique indexes `indexes` refusing a duplicate. The check before a write
 * (nameTaken) cannot see a request writing the same name at the same moment: the one that
 * loses at the index must get the same answer as a client that came later.
 */
export function isDuplicate(error: unknown, ...indexes: string[]): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (candidate.code === '23505') return indexes.includes(String(candidate.constraint));
    current = candidate.cause;
  }
  return false;
}

/** Long text in a list item is cut to this many characters; the detail has all of it. */
export const LIST_TEXT_LIMIT = 500;
/** A list of sentences in a list item keeps this many entries, each cut to LIST_ENTRY_LIMIT. */
export const LIST_ITEMS_LIMIT = 10;
export const LIST_ENTRY_LIMIT = 200;

const n = (value: number) => sql.raw(String(value));

/**
 * Select fields for the long columns of a list, so that a page never carries megabytes: each
 * text column cut to LIST_TEXT_LIMIT characters by the database, each list of sentences to its
 * first LIST_ITEMS_LIMIT entries of LIST_ENTRY_LIMIT characters, and `truncated_fields` naming
 * the ones that were cut.
 */
export function clippedText<
  T extends Record<string, PgColumn>,
  L extends Record<string, PgColumn> = Record<never, PgColumn>,
>(columns: T, lists: L = {} as L) {
  const texts = Object.entries(columns);
  const clippedTexts = Object.fromEntries(
    texts.map(([name, column]) => [
      name,
      sql<string | null>`left(${column}, ${n(LIST_TEXT_LIMIT)})`,
    ]),
  ) as { [K in keyof T]: SQL<string | null> };
  const arrays = Object.entries(lists);
  const clippedLists = Object.fromEntries(
    arrays.map(([name, column]) => [
      name,
      sql<string[] | null>`case when ${column} is null then null else array(
        select left(entry, ${n(LIST_ENTRY_LIMIT)})
        from unnest(${column}[1:${n(LIST_ITEMS_LIMIT)}]) with ordinality as e(entry, position)
        order by position) end`,
    ]),
  ) as { [K in keyof L]: SQL<string[] | null> };
  // Measuring only the first LIMIT + 1 characters reads a slice of a large (compressed, out of
  // line) value; char_length of the whole value would decompress all of it, megabytes a row.
  const cut = [
    ...texts.map(
      ([name, column]) =>
        sql`case when char_length(left(${column}, ${n(LIST_TEXT_LIMIT + 1)})) > ${n(LIST_TEXT_LIMIT)} then ${sql.raw(`'${name}'`)} end`,
    ),
    ...arrays.map(
      ([name, column]) =>
        sql`case when cardinality(${column}) > ${n(LIST_ITEMS_LIMIT)} or exists (
          select from unnest(${column}[1:${n(LIST_ITEMS_LIMIT)}]) as entry
          where char_length(left(entry, ${n(LIST_ENTRY_LIMIT + 1)})) > ${n(LIST_ENTRY_LIMIT)}
        ) then ${sql.raw(`'${name}'`)} end`,
    ),
  ];
  const truncated_fields = sql<
    string[]
  >`array_remove(array[${sql.join(cut, sql`, `)}]::text[], null)`;
  return { ...clippedTexts, ...clippedLists, truncated_fields };
}

/**
 * Rows of a hand-written statement. Both drivers (node-postgres and PGlite) answer
 * `execute` with `{ rows }`; the row type is the caller's promise about its select list.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A total order for a list: NULLs last whichever the direction, and the id as tie-breaker in
 * the same direction, so consecutive pages never overlap or skip a row. `nulls last` is written
 * only where a NULL can occur: for a NOT NULL key, a plain index then gives the order both ways.
 */
export function totalOrder(key: PgColumn, id: PgColumn, order: 'asc' | 'desc'): SQL[] {
  const direction = sql.raw(order === 'asc' ? 'asc' : 'desc');
  const nulls = key.notNull ? sql.raw('') : sql.raw(' nulls last');
  return [sql`${key} ${direction}${nulls}`, sql`${id} ${direction}`];
}
