// A counter of writes this process has made, so a cached read can tell that the data may have
// changed since it was computed. On PostgreSQL, requests that can change data move it (app.ts);
// another instance's writes do not, so what is cached there also expires on its own. On PGlite
// every statement that is not a SELECT moves it as it completes, and no other process can write
// (one process per data directory), so a read cached there is good until the next write.
import type { PGlite } from '@electric-sql/pglite';

let writes = 0;

/** Called once something that can change data has succeeded. */
export function recordWrite(): void {
  writes++;
}

export function writeCount(): number {
  return writes;
}

const isRead = (text: string) => /^\s*select\b/i.test(text);

/** The PGlite client, recording a write after each statement that is not a SELECT. */
export function countingWrites(client: PGlite): PGlite {
  const after = <T>(result: Promise<T>) =>
    result.finally(() => {
      recordWrite();
    });
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property === 'query') {
        return (text: string, ...rest: unknown[]) => {
          const result = value.call(target, text, ...rest) as Promise<unknown>;
          return isRead(text) ? result : after(result);
        };
      }
      if (property === 'exec' || property === 'transaction') {
        return (...args: unknown[]) => after(value.apply(target, args) as Promise<unknown>);
      }
      return value.bind(target);
    },
  });
}
