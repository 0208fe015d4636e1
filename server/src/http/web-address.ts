// Links a user types (job postings, meeting links, company sites) are stored as absolute
// http(s) addresses, so the app can always show them as links. A bare host
// ("linkedin.com/jobs/view/123") gets https:// in front; anything else that is not an http(s)
// address ("javascript:alert(1)", "not a url") is refused with a 400 naming the field.
// Declared on a schema as the `x-web-address` keyword (see validation.ts), so every field that
// holds a link says so once, in its schema.

export const WEB_ADDRESS_KEYWORD = 'x-web-address';
export const WEB_ADDRESS_RULE =
  'must be a web address (http or https), like https://example.com/jobs/123';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The normalised address, `null` for a blank one, or undefined when it is not a web address. */
export function normaliseWebAddress(value: string): string | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  if (/\s/.test(text)) return undefined;
  // "localhost:8080/x" has a colon but no scheme: a port after a host name is not a scheme.
  const hasScheme = SCHEME.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text);
  const candidate = hasScheme ? text : `https://${text.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname;
  if (!(host.includes('.') || host === 'localhost') || host.startsWith('.') || host.endsWith('.')) {
    return undefined;
  }
  return candidate;
}
