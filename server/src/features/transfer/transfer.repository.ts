import { and, asc, eq, getTableColumns, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import type { Collection } from './transfer.collections.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Row = Record<string, unknown>;

export function createTransferRepository(db: Db) {
  return {
    /** One page of a collection in id order, after the id `after`. */
    page(c: Collection, owner: OwnerId, after: number, limit: number): Promise<Row[]> {
      return db
        .select()
        .from(c.table)
        .where(and(ownedBy(c.owner, owner), gt(c.id, after)))
        .orderBy(asc(c.id))
        .limit(limit) as Promise<Row[]>;
    },

    async isEmpty(owner: OwnerId, collections: Collection[]): Promise<boolean> {
      for (const c of collections) {
        const rows = await db
          .select({ id: c.id })
          .from(c.table)
          .where(ownedBy(c.owner, owner))
          .limit(1);
        if (rows.length > 0) return false;
      }
      return true;
    },

    /** The owner's rows by their merge key, lower-cased: what ?mode=merge reuses. */
    async keys(tx: Tx, c: Collection, owner: OwnerId): Promise<Map<string, number>> {
      const key = c.mergeKey;
      if (!key) return new Map();
      const rows = await tx
        .select({ id: c.id, key: sql<string>`lower(${key})` })
        .from(c.table)
        .where(and(ownedBy(c.owner, owner), isNotNull(key)))
        .orderBy(asc(c.id));
      const found = new Map<string, number>();
      for (const row of rows) if (!found.has(row.key)) found.set(row.key, row.id as number);
      return found;
    },

    /**
     * Inserts rows, skipping ones that already exist (a link merged twice); returns how many
     * were written and, when all were, their new ids in the order given.
     */
    async insert(
      tx: Tx,
      c: Collection,
      values: Row[],
    ): Promise<{ inserted: number; ids: number[] | undefined }> {
      const rows = (await tx
        .insert(c.table)
        .values(values as never)
        .onConflictDoNothing()
        .returning({ id: c.id })) as { id: number }[];
      // Fewer rows: links that already existed (merge); nothing refers to those by id.
      return {
        inserted: rows.length,
        ids: rows.length === values.length ? rows.map((r) => r.id) : undefined,
      };
    },

    async update(tx: Tx, c: Collection, id: number, values: Row): Promise<void> {
      await tx
        .update(c.table)
        .set(values as never)
        .where(eq(c.id, id));
    },
  };
}

/** The property name of a column in its table (drizzle keys, not SQL names). */
export function keyOf(c: Collection, column: unknown): string {
  const entry = Object.entries(getTableColumns(c.table)).find(([, col]) => col === column);
  if (!entry) throw new Error(`column not in ${c.name}`);
  return entry[0];
}
