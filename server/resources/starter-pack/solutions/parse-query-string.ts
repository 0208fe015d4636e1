/** Parses "?a=1&b=x+y&a=2" into { a: ["1", "2"], b: "x y" }; repeated keys become arrays. */
export function parseQuery(query: string): Record<string, string | string[]> {
  const values = new Map<string, string[]>(); // a Map cannot be polluted through "__proto__"
  const withoutFragment = query.split('#', 1)[0] ?? '';
  const body = withoutFragment.startsWith('?') ? withoutFragment.slice(1) : withoutFragment;
  for (const pair of body.split('&')) {
    if (pair === '') continue; // tolerate "a=1&&b=2" and a trailing "&"
    const eq = pair.indexOf('=');
    // Split at the first "=" only: "a=1=2" has the value "1=2"; a bare "flag" has value "".
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    if (key === '') continue;
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  }
  // Object.fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(
    [...values].map(([key, list]) => [key, list.length === 1 ? (list[0] as string) : list]),
  );
}

/** Form decoding: "+" means space, then percent-escapes; malformed escapes are kept as typed. */
function decode(text: string): string {
  const spaced = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced; // e.g. "%zz" or a lone "%": better to keep the raw text than to throw
  }
}
