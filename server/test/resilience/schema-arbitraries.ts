// fast-check generators read off the JSON Schemas of the OpenAPI document: for any parameter or
// body, values a careful client would send (`validValue`) and values a careless or hostile one
// would (`hostileValue`): wrong types, numbers past the bounds, strings past their length, NUL,
// lone surrogates, right-to-left marks, arrays past their cap, deep nesting.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  readOnly?: boolean;
  'x-web-address'?: boolean;
}

const typesOf = (schema: JsonSchema) =>
  Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];

const DAY = 86_400_000;
const dates = fc
  .integer({ min: Date.UTC(1970, 0, 1) / DAY, max: Date.UTC(2099, 11, 31) / DAY })
  .map((day) => new Date(day * DAY));

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  const max = schema.maxLength ?? 1_000;
  const min = schema.minLength ?? 0;
  const fits = (s: string) => s.length >= min && s.length <= max;
  if (schema.format === 'date') return dates.map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time') {
    return fc
      .tuple(dates, fc.integer({ min: 0, max: DAY - 1 }))
      .map(([d, ms]) => new Date(d.getTime() + ms).toISOString());
  }
  if (schema['x-web-address']) return fc.webUrl().filter(fits);
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  // Mostly short (where real input lives); sometimes up to the limit.
  return fc.oneof(
    { weight: 5, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 40) }) },
    {
      weight: 2,
      arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 40) }),
    },
    { weight: 1, arbitrary: fc.constant(distinctWords(max)) },
  );
}

function validOfType(type: string, schema: JsonSchema): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      // Small ids exist (the test seeds them); the bounds are where the bugs are.
      return fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min, max: Math.min(max, min + 40) }) },
        { weight: 1, arbitrary: fc.integer({ min, max }) },
        { weight: 1, arbitrary: fc.constantFrom(min, max) },
      );
    }
    case 'number': {
      const min = schema.minimum ?? -1e6;
      const max = schema.maximum ?? 1e6;
      return fc.oneof(
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(min, max),
      );
    }
    case 'string':
      return validString(schema);
    case 'array':
      return fc.array(schema.items ? validValue(schema.items) : fc.jsonValue(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    case 'object':
      return validObject(schema);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value `schema` accepts: enum members, in-range numbers, strings that fit. */
export function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(validValue));
  const types = typesOf(schema);
  // A read-only field may be sent back with anything in it: it is ignored.
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => validOfType(type, schema)));
}

export function validObject(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, validValue(property)]),
  );
  return fc.record(model, { requiredKeys: (schema.required ?? []) as never[] }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

const wordCache = new Map<number, string>();
/**
 * `length` characters of words that never repeat: the heaviest text a field accepts for
 * full-text indexing (issue 10: a megabyte of distinct words overflowed tsvector).
 */
export function distinctWords(length: number): string {
  let text = wordCache.get(length);
  if (text === undefined) {
    const words: string[] = [];
    let size = 0;
    for (let i = 0; size < length; i++) {
      const word = `w${i.toString(36)}x`;
      words.push(word);
      size += word.length + 1;
    }
    text = words.join(' ').slice(0, length);
    wordCache.set(length, text);
  }
  return text;
}

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  'e\u0301\u0301\u0301',
  '💥'.repeat(50),
  '\uFEFFbom',
  '<script>alert(1)</script>',
  "'; DROP TABLE interview_schema.companies; --",
  '%',
  '_',
  '\\',
  '%_\\%',
  '\u0024{process.exit()}',
  '../../etc/passwd',
  'null',
  'true',
  '0',
  '-1',
  '1e3',
  '0x10',
  '+5',
  '2147483648',
  '2016-12-31T23:59:60Z',
  '2024-02-30',
  '0000-00-00',
  '10000-01-01',
  '24:00:00',
  '23:59:60',
  'javascript:alert(1)',
  'http://',
  'https://exa mple.com',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  // Any UTF-16 code unit, lone surrogates and NUL included.
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

/** Nested arrays `depth` deep: cheap to send, costly to walk recursively. */
export const nested = (depth: number): unknown =>
  JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

const WRONG_TYPES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -0,
  1.5,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 53 + 2,
  '',
  '1',
  [],
  [null],
  {},
  { value: 1 },
];

/** A value in place of one that fits `schema`: wrong type, out of range, too long, too many. */
export function hostileValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = typesOf(schema);
  const near: unknown[] = [];
  if (schema.minimum !== undefined) near.push(schema.minimum - 1, schema.minimum - 0.5);
  if (schema.maximum !== undefined) near.push(schema.maximum + 1, schema.maximum + 0.001);
  if (types.includes('integer')) near.push(1.5, '1', '1e3');
  if (schema.maxLength !== undefined) {
    near.push('x'.repeat(schema.maxLength + 1), distinctWords(schema.maxLength + 1));
  }
  if (types.includes('string')) near.push(distinctWords(120_000));
  const options: fc.Arbitrary<unknown>[] = [
    fc.constantFrom(...WRONG_TYPES),
    hostileString,
    fc.constant(nested(2_000)),
  ];
  if (near.length > 0) options.push(fc.constantFrom(...near));
  if (types.includes('array') && schema.items) {
    const count = (schema.maxItems ?? 100) + 1;
    options.push(
      fc.array(validValue(schema.items), { minLength: count, maxLength: count }),
      fc.array(hostileValue(schema.items), { minLength: 1, maxLength: 3 }),
    );
  }
  return fc.oneof(...options);
}
