/**
 * A form or URL value as a number, or null when it holds none (blank, not numeric, infinite).
 * Number inputs already give numbers, but a control bound with a dynamic `[type]`, a route
 * parameter or a value set in code may hold text, and the API rejects `"8"` where a number
 * belongs (JSON bodies are not coerced). `Number()` alone would turn blank text into 0.
 */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A route or query parameter as a positive whole number (an id, a page), or undefined. */
export function positiveInt(value: string | undefined): number | undefined {
  const n = toNumber(value);
  return n !== null && Number.isInteger(n) && n > 0 ? n : undefined;
}
