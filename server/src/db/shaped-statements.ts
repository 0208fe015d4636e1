// Prepared statements for queries whose SQL depends on which filters a request uses (its
// shape), not on their values. Planning the interview list cost PostgreSQL about twice what
// running it did, and Drizzle spent a seventh of the request's CPU building the same SQL again;
// a statement prepared once per shape is neither built nor (once PostgreSQL keeps its generic
// plan) planned again.

import { type Placeholder, sql } from 'drizzle-orm';

/**
 * A page size written into the SQL rather than bound. For `limit $1` PostgreSQL plans as if a
 * tenth of the rows were wanted, finds that dearer than planning for each request's value and
 * so keeps planning each one; with the size in the text (it is part of the shape) it keeps one
 * plan. Drizzle writes an SQL object given as the limit as it is, though its type says number
 * or placeholder.
 */
export function literalLimit(limit: number): Placeholder {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`bad page size ${limit}`);
  return sql.raw(String(limit)) as unknown as Placeholder;
}

/** A query that runs with values for its placeholders. */
export interface Executable<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}

/** A Drizzle query built with `sql.placeholder(...)` wherever a request's values go. */
export interface Preparable<R> extends Executable<R> {
  prepare(name: string): Executable<R>;
}

/**
 * Past this many shapes a family runs new shapes unprepared: each connection keeps every
 * statement it has prepared, and a client cycling through filter combinations must not grow
 * PostgreSQL's memory without end. Real use has a handful of shapes per list.
 */
export const MAX_SHAPES = 64;

/** Statements prepared in this process: the number in each name, never reused. */
let prepared = 0;

/**
 * One family of statements (a list's page, its count). `build` must depend on the shape alone:
 * everything else goes in `values`, through placeholders.
 */
export function createShapedStatements<S, R>(family: string, build: (shape: S) => Preparable<R>) {
  const statements = new Map<string, Executable<R>>();
  return {
    execute(shape: S, values: Record<string, unknown>): Promise<R> {
      const key = JSON.stringify(shape);
      let statement = statements.get(key);
      if (!statement) {
        const query = build(shape);
        if (statements.size >= MAX_SHAPES) return query.execute(values);
        // A name stands for one SQL text on every connection of the pool, whichever family or
        // app instance made it (node-postgres refuses a name reused for other SQL), so the
        // number counts across the process.
        prepared += 1;
        statement = query.prepare(`${family}_${prepared}`);
        statements.set(key, statement);
      }
      return statement.execute(values);
    },
    /** How many shapes have a prepared statement (for tests). */
    get size() {
      return statements.size;
    },
  };
}
