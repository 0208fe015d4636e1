// SQL building blocks more than one feature needs. Queries themselves stay in the features.
import { and, eq, ilike, ne, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';

/** `%` and `_` in a user's search are literal characters, not wildcards. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive substring match of `search` on any of the columns. */
export function matchesAny(search: string, ...columns: PgColumn[]): SQL | undefined {
  const pattern = containsPattern(search);
  return or(...columns.map((column) => ilike(column, pattern)));
}

/** Names compare and sort case-insensitively: "Acme" and "acme" are one name. */
export const lowerOf = (column: PgColumn): SQL => sql`lower(${column})`;

/** True when a row other than `exceptId` already has this name, ignoring case. */
export async function nameTaken(
  db: Db,
  { id, name }: { id: PgColumn; name: PgColumn },
  value: string,
  exceptId?: number,
): Promise<boolean> {
  const rows = await db
    .select({ id })
    .from(id.table)
    .where(and(eq(lowerOf(name), value.toLowerCase()), exceptId ? ne(id, exceptId) : undefined))
    .limit(1);
  return rows.length > 0;
}
