// Companies, roles and skills are the same kind of thing: a named catalog entry with a unique
// name, a case-insensitive search and a category. One service serves all three; each feature
// passes its table, its columns and its rules.
import { and, asc, count, eq, ilike, ne, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { interviews } from '../../db/schema.js';
import { conflict, notFound } from '../../http/errors.js';

export interface CatalogListQuery {
  skip: number;
  limit: number;
  search?: string | undefined;
  category?: string | undefined;
}

export interface CatalogSpec<TTable extends PgTable> {
  table: TTable;
  /** "Company", "Role", "Skill": used in messages. */
  label: string;
  id: PgColumn;
  name: PgColumn;
  /** Columns that `search` matches, besides the name. */
  searchAlso: PgColumn;
  category?: PgColumn;
  /** Conditions every list applies (skills: active only) plus feature-specific filters. */
  extraFilters?: (query: Record<string, unknown>) => (SQL | undefined)[];
  /** Checks references in a create or update body; throws a typed error. */
  validate?: (db: Db, input: Record<string, unknown>, entryId?: number) => Promise<void>;
  /** Says why an entry cannot be deleted, or undefined when it can. */
  blockDelete?: (db: Db, id: number) => Promise<string | undefined>;
}

/** A blockDelete rule: refused while interviews reference the entry through `column`. */
export function whileInterviewsReference(label: string, column: PgColumn) {
  return async (db: Db, entryId: number): Promise<string | undefined> => {
    const [row] = await db.select({ n: count() }).from(interviews).where(eq(column, entryId));
    const n = row?.n ?? 0;
    return n > 0
      ? `${label} ${entryId} is still referenced by ${n} interview(s); reassign or remove them first`
      : undefined;
  };
}

/** `%` and `_` in a user's search are literal characters, not wildcards. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function createCatalogService<TTable extends PgTable>(db: Db, spec: CatalogSpec<TTable>) {
  type Row = TTable['$inferSelect'];
  type Insert = TTable['$inferInsert'];
  const { table, label, id, name } = spec;
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's builders cannot be typed over a generic table
  const t = table as any;

  async function assertNameFree(value: string, exceptId?: number) {
    const clash = await db
      .select({ id })
      .from(t)
      .where(
        and(eq(sql`lower(${name})`, value.toLowerCase()), exceptId ? ne(id, exceptId) : undefined),
      )
      .limit(1);
    if (clash.length > 0) throw conflict(`${label} with this name already exists`);
  }

  async function get(entryId: number): Promise<Row> {
    const [row] = await db.select().from(t).where(eq(id, entryId)).limit(1);
    if (!row) throw notFound(`${label} ${entryId} not found`);
    return row as Row;
  }

  return {
    async list(query: CatalogListQuery & Record<string, unknown>): Promise<Row[]> {
      const conditions: (SQL | undefined)[] = [];
      if (query.search) {
        const pattern = containsPattern(query.search);
        conditions.push(or(ilike(name, pattern), ilike(spec.searchAlso, pattern)));
      }
      if (query.category !== undefined && spec.category)
        conditions.push(eq(spec.category, query.category));
      conditions.push(...(spec.extraFilters?.(query) ?? []));
      const rows = await db
        .select()
        .from(t)
        .where(and(...conditions))
        .orderBy(asc(sql`lower(${name})`), asc(id))
        .offset(query.skip)
        .limit(query.limit);
      return rows as Row[];
    },

    get,

    async create(input: Insert): Promise<Row> {
      const record = input as Record<string, unknown>;
      await assertNameFree(String(record[name.name]));
      await spec.validate?.(db, record);
      const rows = (await db.insert(t).values(input).returning()) as Row[];
      return rows[0] as Row;
    },

    async update(entryId: number, patch: Partial<Insert>): Promise<Row> {
      await get(entryId);
      const record = patch as Record<string, unknown>;
      if (record[name.name] !== undefined) await assertNameFree(String(record[name.name]), entryId);
      await spec.validate?.(db, record, entryId);
      if (Object.keys(record).length === 0) return get(entryId);
      const [row] = await db.update(t).set(patch).where(eq(id, entryId)).returning();
      return row as Row;
    },

    async remove(entryId: number): Promise<void> {
      await get(entryId);
      const reason = await spec.blockDelete?.(db, entryId);
      if (reason) throw conflict(reason);
      await db.delete(t).where(eq(id, entryId));
    },
  };
}

export type CatalogService<TTable extends PgTable> = ReturnType<
  typeof createCatalogService<TTable>
>;
