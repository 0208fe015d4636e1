// A list endpoint's page and total, from two families of shaped statements (see
// shaped-statements.ts): the page runs on every request; the total is counted only when the
// page does not already say it, and reused while no write has moved it (read-cache.ts).
import { sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { Database } from './database.js';
import type { OwnerId } from './owner.js';
import { createListTotals, type ListQuery } from './read-cache.js';
import { createShapedStatements, literalLimit, type Preparable } from './shaped-statements.js';

export interface PagedListSpec<Q extends ListQuery, S extends { filters: unknown }, Row> {
  /** The statements' family name: `<name>_list_<n>` and `<name>_count_<n>`. */
  name: string;
  /** What the SQL depends on: which filters the request uses, the sort, the page size. */
  shapeOf(owner: OwnerId, query: Q): S;
  /** The placeholders' values for a request of that shape. */
  valuesOf(owner: OwnerId, query: Q): Record<string, unknown>;
  page(shape: S): Preparable<Row[]>;
  count(filters: S['filters']): Preparable<{ n: number }[]>;
}

export function createPagedList<Q extends ListQuery, S extends { filters: unknown }, Row>(
  database: Pick<Database, 'soleWriter'>,
  spec: PagedListSpec<Q, S, Row>,
) {
  const pages = createShapedStatements(`${spec.name}_list`, spec.page);
  const counts = createShapedStatements(`${spec.name}_count`, spec.count);
  const totals = createListTotals(database);
  return {
    async list(owner: OwnerId, query: Q): Promise<{ total: number; data: Row[] }> {
      const shape = spec.shapeOf(owner, query);
      const values = spec.valuesOf(owner, query);
      const data = await pages.execute(shape, values);
      const total = await totals.total(owner, query, data.length, async () => {
        const [counted] = await counts.execute(shape.filters, values);
        return counted?.n ?? 0;
      });
      return { total, data };
    },
  };
}

/**
 * The page of a sorted query of ids, as a subquery named `page` for the full rows to join:
 * the page size written into the SQL (see literalLimit), the offset a placeholder when paged.
 */
export function pageOfIds<Q extends PgSelect>(ids: Q, shape: { limit: number; paged: boolean }) {
  return ids
    .limit(literalLimit(shape.limit))
    .offset(shape.paged ? sql.placeholder('offset') : 0)
    .as('page');
}
