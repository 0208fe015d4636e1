// A counter of writes this process has made, so a cached read can tell that the data may have
// changed since it was computed. On PostgreSQL, requests that can change data move it (app.ts);
// another instance's writes do not, so what is cached there also expires on its own. On PGlite
// every statement that is not a SELECT moves it as it completes, and no other process can write
// (one process per data directory), so a read cached there is good until the next write.
import type { PGlite } from '@electric-sql/pglite';
import { isSelect, replacingMethods } from './pglite-client.js';

let writes = 0;

/** Called once something that can change data has succeeded. */
export function recordWrite(): void {
  writes++;
}

export function writeCount(): number {
  return writes;
}

/** The PGlite client, recording a write after each statement that is not a SELECT. */
export function countingWrites(client: PGlite): PGlite {
  const counted = (original: (...args: unknown[]) => Promise<unknown>, args: unknown[]) =>
    original(...args).finally(recordWrite);
  return replacingMethods(client, {
    query: (original, args) =>
      isSelect(args[0] as string) ? original(...args) : counted(original, args),
    exec: counted,
    transaction: counted,
  });
}
