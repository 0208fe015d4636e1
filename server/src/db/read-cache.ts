// Reads that are asked far more often than the data changes (the dashboard's counts, the total
// of a list being paged through) are reused until this process makes a write. When another
// process may write too (PostgreSQL), also for at most `maxAgeMs`, within which its writes show.
// A failed read is never kept.
import type { Database } from './database.js';
import { writeCount } from './write-clock.js';

/** How long a list's total is reused when no write on this instance has moved it. */
export const LIST_TOTAL_MAX_AGE_MS = 1_000;

/** `maxAgeMs` where another process may write, and no limit where none can. */
export const maxAgeOn = (database: Pick<Database, 'soleWriter'>, maxAgeMs: number) =>
  database.soleWriter ? Number.POSITIVE_INFINITY : maxAgeMs;

export interface ReadCache<V> {
  get(key: string, read: () => Promise<V>): Promise<V>;
}

export function createReadCache<V>({
  maxAgeMs,
  maxEntries,
}: {
  maxAgeMs: number;
  maxEntries: number;
}): ReadCache<V> {
  const entries = new Map<string, { at: number; writes: number; value: Promise<V> }>();

  const fresh = (entry: { at: number; writes: number }, now: number) =>
    entry.writes === writeCount() && now - entry.at < maxAgeMs;

  return {
    get(key, read) {
      const now = performance.now();
      const cached = entries.get(key);
      if (cached && fresh(cached, now)) return cached.value;
      // Stale entries go first; past the cap, the oldest.
      for (const [k, old] of entries) if (!fresh(old, now)) entries.delete(k);
      while (entries.size >= maxEntries) {
        const oldest = entries.keys().next().value as string;
        entries.delete(oldest);
      }
      const value = read();
      const entry = { at: now, writes: writeCount(), value };
      entries.set(key, entry);
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return value;
    },
  };
}

export interface ListQuery {
  skip: number;
  limit: number;
  sort_by?: string;
  order?: string;
}

/**
 * The totals of a list endpoint. Counting reads every matching row, so the count is skipped
 * when the first page already holds every row, and otherwise reused for the same owner and
 * filters (paging and sorting do not change it) while no write has moved it.
 */
export function createListTotals(database: Pick<Database, 'soleWriter'>) {
  const totals = createReadCache<number>({
    maxAgeMs: maxAgeOn(database, LIST_TOTAL_MAX_AGE_MS),
    maxEntries: 1_000,
  });
  return {
    total(
      owner: number | null,
      query: ListQuery,
      pageLength: number,
      count: () => Promise<number>,
    ) {
      const { skip, limit, sort_by: _sortBy, order: _order, ...filters } = query;
      if (skip === 0 && pageLength < limit) return Promise.resolve(pageLength);
      return totals.get(JSON.stringify([owner, filters]), count);
    },
  };
}
