/** Structural equality for primitives, arrays, plain objects, Dates, RegExps, Maps and Sets. */
export function deepEqual(a: unknown, b: unknown): boolean {
  return equal(a, b, new Map());
}

// active maps each object to the objects it is currently being compared with (up the stack).
function equal(a: unknown, b: unknown, active: Map<object, Set<object>>): boolean {
  // SameValueZero: NaN equals NaN, and 0 equals -0.
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false; // [] is not {}

  // Cycles: if this pair is already being compared further up, assume equal (no contradiction yet).
  const partners = active.get(a);
  if (partners?.has(b)) return true;
  if (partners) partners.add(b);
  else active.set(a, new Set([b]));
  const result = compareObjects(a, b, active);
  active.get(a)?.delete(b);
  return result;
}

function compareObjects(a: object, b: object, active: Map<object, Set<object>>): boolean {
  if (a instanceof Date) return Object.is(a.getTime(), (b as Date).getTime());
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    if (a.size !== other.size) return false;
    // Keys are matched by identity (as Map itself does); values structurally.
    for (const [key, value] of a) {
      if (!other.has(key) || !equal(value, other.get(key), active)) return false;
    }
    return true;
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    return a.size === other.size && [...a].every((value) => other.has(value));
  }
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => equal(value, other[i], active));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false; // also catches { x: undefined } vs {}
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every(
    (key) => Object.hasOwn(recordB, key) && equal(recordA[key], recordB[key], active),
  );
}
