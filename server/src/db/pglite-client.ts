// What the wrappers around the PGlite client share (pglite-statements.ts, pglite-turns.ts,
// write-clock.ts): each replaces some of its methods and leaves the rest as they are.
import type { PGlite } from '@electric-sql/pglite';

/** A statement that only reads. */
export const isSelect = (text: string) => /^\s*select\b/i.test(text);

type Method = 'query' | 'exec' | 'transaction';
type Replacement = (original: (...args: unknown[]) => Promise<unknown>, args: unknown[]) => unknown;

/** `client` with the named methods replaced; a replacement gets the original and the arguments. */
export function replacingMethods(
  client: PGlite,
  replacements: Partial<Record<Method, Replacement>>,
): PGlite {
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const original = value.bind(target) as (...args: unknown[]) => Promise<unknown>;
      const replace = replacements[property as Method];
      return replace ? (...args: unknown[]) => replace(original, args) : original;
    },
  });
}
