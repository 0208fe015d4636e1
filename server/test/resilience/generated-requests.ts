// One fast-check generator of HTTP requests per operation of the OpenAPI document: path and
// query parameters and the JSON body each valid, mutated or hostile, and bodies that are not
// JSON at all (malformed, another charset, invalid UTF-8, the wrong Content-Type, over 1 MB).
import fc from 'fast-check';
import {
  hostileString,
  hostileValue,
  type JsonSchema,
  validObject,
  validValue,
} from './schema-arbitraries.js';

export interface OpenApiOperation {
  operationId: string;
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

export interface Operation extends OpenApiOperation {
  method: string;
  /** The OpenAPI path, `/api/interviews/{interview_id}`. */
  path: string;
}

export interface GeneratedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

export const BODY_LIMIT = 1024 * 1024;

const clip = (text: string, max = 300) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;

/** A request in one line, long parts clipped. */
export function describeRequest(request: GeneratedRequest): string {
  const payload = request.payload === undefined ? '' : ` ${clip(String(request.payload))}`;
  return `${request.method} ${clip(request.url)} ${JSON.stringify(request.headers)}${payload}`;
}

/** Percent-encodes like a browser would, even a lone surrogate (as U+FFFD's UTF-8). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')]
      .map((b) => `%${b.toString(16).padStart(2, '0')}`)
      .join('');
  }
}

/**
 * Raw path segments and query values that are not even well-formed. (Not `..` or `%2E%2E`: URL
 * parsing resolves both to another route before any server sees them.)
 */
const MALFORMED_URL_PARTS = ['%', '%zz', '%00', '%C0%80', '%ED%A0%80', '%FF', '%2F'];

const hostileParam: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString.map(encode) },
  { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_URL_PARTS) },
  { weight: 1, arbitrary: fc.constantFrom('1.0', ' 1', '99999999999999999999', 'x'.repeat(3000)) },
);

/** A path or query value: usually one the schema accepts (a seeded id, an enum member). */
function paramValue(schema: JsonSchema, known?: string[]): fc.Arbitrary<string> {
  const valid = validValue(schema).map((v) => encode(String(v)));
  const options = [
    { weight: 6, arbitrary: valid },
    { weight: 3, arbitrary: hostileParam },
  ];
  if (known?.length) options.push({ weight: 4, arbitrary: fc.constantFrom(...known) });
  return fc.oneof(...options);
}

function queryString(operation: Operation): fc.Arbitrary<string> {
  const query = (operation.parameters ?? []).filter((p) => p.in === 'query');
  const parts = query.map((p) => {
    const values =
      p.schema.type === 'array' && p.schema.items
        ? fc.array(paramValue(p.schema.items), { maxLength: 25 })
        : paramValue(p.schema).map((v) => [v]);
    const present = values.map((vs) => vs.map((v) => `${p.name}=${v}`));
    return p.required
      ? fc.oneof({ weight: 9, arbitrary: present }, { weight: 1, arbitrary: fc.constant([]) })
      : fc.oneof(fc.constant([] as string[]), present);
  });
  // Names the API never had, and repeats of ones it has.
  const extra = fc.oneof(
    { weight: 6, arbitrary: fc.constant([] as string[]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('x', 'limit', 'skip', '__proto__', 'a[b]'), hostileParam)
        .map(([k, v]) => [`${k}=${v}`]),
    },
  );
  return fc.tuple(fc.tuple(...parts), extra).map(([ps, more]) => {
    const all = [...ps.flat(), ...more];
    return all.length ? `?${all.join('&')}` : '';
  });
}

function pathFor(operation: Operation, known: Record<string, string[]>): fc.Arbitrary<string> {
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const byName = new Map(
    (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, p.schema]),
  );
  // An empty, `.` or `..` segment names another route once the URL is parsed
  // (`/api/companies/` is the list): never those.
  const values = names.map((name) =>
    paramValue(byName.get(name) ?? {}, known[name]).filter(
      (v) => v !== '' && !/^(\.|%2e){1,2}$/i.test(v),
    ),
  );
  return fc
    .tuple(...values)
    .map((vs) =>
      names.reduce((path, name, i) => path.replace(`{${name}}`, vs[i] ?? ''), operation.path),
    );
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** Bodies that are not a JSON object of the right shape at all. */
type Body = Pick<GeneratedRequest, 'headers' | 'payload'>;
const rawBodies: fc.Arbitrary<Body> = fc.oneof(
  fc
    .constantFrom(
      '{',
      '{"a":',
      '[1,]',
      "{'a':1}",
      'NaN',
      '',
      '   ',
      'null',
      '[]',
      '42',
      '"text"',
      'true',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"a\\u0000b":1}',
      '{"a":"\\u0000"}',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
    )
    .map((payload) => ({ headers: JSON_TYPE, payload })),
  // Not UTF-8: a lone 0xFF inside a string.
  fc.constant({
    headers: JSON_TYPE,
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
  }),
  fc.constantFrom<Body>(
    { headers: { 'content-type': 'application/json; charset=latin1' }, payload: '{}' },
    { headers: { 'content-type': 'text/plain' }, payload: '{}' },
    { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1&b=2' },
    { headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--' },
    { headers: { 'content-type': 'application/xml' }, payload: '<a/>' },
    { headers: {}, payload: '{}' },
  ),
  // Past the 1 MB limit: a 413, never read into memory whole.
  fc.constant({ headers: JSON_TYPE, payload: `{"x":"${'a'.repeat(BODY_LIMIT + 10)}"}` }),
);

/** A valid body with one to three things wrong with it. */
function mutatedBody(schema: JsonSchema): fc.Arbitrary<string> {
  const properties = Object.entries(schema.properties ?? {});
  const required = schema.required ?? [];
  const keys = properties.map(([k]) => k);
  type Mutation = (body: Record<string, unknown>) => string | undefined;
  const mutations: fc.Arbitrary<Mutation>[] = [
    // A misspelled or invented field, or one that pollutes prototypes if merged naively.
    fc
      .tuple(
        fc.oneof(
          fc
            .constantFrom(...(keys.length ? keys : ['x']))
            .map((k) => `${k.slice(0, -1)}${k.at(-1) === 's' ? 'z' : 's'}`),
          fc.constantFrom('id', 'is_admin', 'extra', 'Company_Name', ''),
          hostileString,
        ),
        fc.jsonValue({ maxDepth: 1 }),
      )
      .map(([k, v]) => (body) => {
        body[k] = v;
        return undefined;
      }),
    fc.constantFrom('__proto__', 'constructor').map((k) => (body) => {
      const text = JSON.stringify(body);
      return `{"${k}":{"polluted":true}${text.length > 2 ? `,${text.slice(1)}` : '}'}`;
    }),
  ];
  if (properties.length) {
    mutations.push(
      fc.oneof(
        ...properties.map(([key, property]) =>
          hostileValue(property).map((v) => (body: Record<string, unknown>) => {
            body[key] = v;
            return undefined;
          }),
        ),
      ),
    );
  }
  if (required.length) {
    mutations.push(
      fc.constantFrom(...required).map((key) => (body) => {
        delete body[key];
        return undefined;
      }),
    );
  }
  return fc
    .tuple(validObject(schema), fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 3 }))
    .map(([body, changes]) => {
      let text: string | undefined;
      for (const change of changes) text = change(body) ?? text;
      return text ?? JSON.stringify(body);
    });
}

function bodyFor(schema: JsonSchema | undefined) {
  if (!schema) {
    // No body declared: usually none, sometimes one anyway.
    return fc.oneof(
      { weight: 9, arbitrary: fc.constant({ headers: {}, payload: undefined }) },
      { weight: 1, arbitrary: rawBodies },
    );
  }
  return fc.oneof(
    {
      weight: 4,
      arbitrary: validObject(schema).map((b) => ({
        headers: JSON_TYPE,
        payload: JSON.stringify(b),
      })),
    },
    {
      weight: 5,
      arbitrary: mutatedBody(schema).map((payload) => ({ headers: JSON_TYPE, payload })),
    },
    { weight: 2, arbitrary: rawBodies },
  );
}

const CSV_TYPE = { 'content-type': 'text/csv' };
const csvCell = fc.oneof(
  fc.string({ maxLength: 40 }),
  hostileString,
  fc.constantFrom('=1+1', '+SUM(A1)', '-2', '@x', '"unclosed', 'a,b', 'line\nbreak', ''),
);
/** CSV files: a header naming some of the columns (or not), rows of generated cells. */
const csvBodies: fc.Arbitrary<Body> = fc
  .tuple(
    fc.subarray(['question_text', 'question_category', 'question_difficulty', 'tags', 'x']),
    fc.array(fc.array(csvCell, { maxLength: 6 }), { maxLength: 5 }),
  )
  .map(([header, rows]) => ({
    headers: CSV_TYPE,
    payload: [header, ...rows]
      .map((cells) => cells.map((c) => (/[",\n]/.test(c) ? c : `"${c}"`)).join(','))
      .join('\n'),
  }));

/** Requests for one operation; `known` holds path values that exist (seeded ids, pack entries). */
export function requestsFor(
  operation: Operation,
  known: Record<string, string[]>,
): fc.Arbitrary<GeneratedRequest> {
  const content = operation.requestBody?.content ?? {};
  const schema = content['application/json']?.schema;
  // A CSV upload gets CSV files, and the bodies of the wrong kind every route gets.
  const body = content['text/csv']
    ? fc.oneof({ weight: 8, arbitrary: csvBodies }, { weight: 2, arbitrary: rawBodies })
    : bodyFor(schema);
  return fc
    .tuple(pathFor(operation, known), queryString(operation), body)
    .map(([path, query, body]) => {
      const request: GeneratedRequest = {
        method: operation.method.toUpperCase(),
        url: `${path}${query}`,
        headers: body.headers as Record<string, string>,
        ...(body.payload === undefined ? {} : { payload: body.payload }),
      };
      // fast-check prints a failing request: a megabyte body must not become a megabyte log.
      return Object.assign(request, { [fc.toStringMethod]: () => describeRequest(request) });
    });
}
