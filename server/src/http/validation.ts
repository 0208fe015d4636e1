// Request validation with Ajv. Query strings and path params are coerced from text (and a
// single `tags=x` becomes an array); JSON bodies are not coerced, so `null` or `"8"` where an
// integer belongs is a 400 rather than a silent conversion.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { addKeywords } from './keywords.js';
import { WEB_ADDRESS_KEYWORD, WEB_ADDRESS_RULE } from './web-address.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

function createAjv(part: 'body' | 'text') {
  const ajv = new Ajv({
    // Query strings and path params arrive as text; JSON bodies are typed already.
    coerceTypes: part === 'text' ? 'array' : false,
    useDefaults: true,
    // A body field the API has never had (a typo) is refused, not silently dropped; the
    // read-only fields of a record are declared with x-read-only and removed instead.
    removeAdditional: part === 'text',
    allErrors: false,
    verbose: true,
    strict: false,
  });
  addFormats(ajv);
  addKeywords(ajv);
  return ajv;
}

const bodyAjv = createAjv('body');
const textAjv = createAjv('text');

interface SchemaShape {
  type?: string | string[];
  properties?: Record<string, SchemaShape>;
  items?: SchemaShape;
}

const DECIMAL = /^-?\d+$/;

/**
 * Path and query integers must be written as decimal digits: Ajv's coercion would otherwise
 * read "1e3", "0x10" or "+5" as numbers, and an address that works by accident is a bug.
 */
function strictIntegers(schema: SchemaShape): ValidateFunction | undefined {
  const integers = Object.entries(schema.properties ?? {}).filter(([, property]) => {
    const types = [property.type, property.items?.type].flat();
    return types.includes('integer');
  });
  if (integers.length === 0) return undefined;
  const check = ((data: unknown) => {
    const values = (data ?? {}) as Record<string, unknown>;
    for (const [name] of integers) {
      for (const value of [values[name]].flat()) {
        if (typeof value === 'string' && !DECIMAL.test(value)) {
          check.errors = [
            {
              keyword: 'type',
              instancePath: `/${name}`,
              schemaPath: '#/type',
              params: { type: 'integer' },
              data: value,
            } as ErrorObject,
          ];
          return false;
        }
      }
    }
    return true;
  }) as ValidateFunction;
  return check;
}

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  if (httpPart === 'body') return bodyAjv.compile(schema as object);
  const validate = textAjv.compile(schema as object);
  const integers = strictIntegers(schema as SchemaShape);
  if (!integers) return validate;
  const both = ((data: unknown) => {
    if (!integers(data)) {
      both.errors = integers.errors;
      return false;
    }
    const ok = validate(data);
    both.errors = validate.errors;
    return ok;
  }) as ValidateFunction;
  return both;
};

const PART_NAMES: Record<string, string> = { querystring: 'query', params: 'path' };

const FORMAT_HINTS: Record<string, string> = {
  date: 'a date as YYYY-MM-DD',
  'date-time': 'an ISO-8601 timestamp with a time zone, like 2024-12-01T10:00:00Z',
  uri: 'an absolute URL',
  email: 'an email address',
};

function describe(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'type': {
      if (error.data === null) return 'must not be null';
      const types = String(p.type)
        .split(',')
        .filter((t) => t !== 'null');
      const names = types.map((t) =>
        t === 'integer' ? 'a whole number' : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`,
      );
      return `must be ${names.join(' or ')}`;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).filter((v) => v !== null);
      return `must be one of: ${allowed.join(', ')}`;
    }
    case 'maxLength':
      return `must be at most ${p.limit} characters`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters`;
    case 'minimum':
      return `must be ${p.limit} or more`;
    case 'maximum':
      return `must be ${p.limit} or less`;
    case 'exclusiveMinimum':
      return `must be more than ${p.limit}`;
    case 'maxItems':
      return `must have at most ${p.limit} items`;
    case 'minItems':
      return `must have at least ${p.limit} items`;
    case 'format':
      return `must be ${FORMAT_HINTS[String(p.format)] ?? `a valid ${p.format}`}`;
    case 'pattern':
      if (p.pattern === '\\S') return 'must not be blank';
      return error.parentSchema &&
        typeof error.parentSchema === 'object' &&
        'description' in error.parentSchema
        ? `must match the expected format (${String(error.parentSchema.description)})`
        : `must match ${p.pattern}`;
    case 'anyOf': {
      const schema = error.parentSchema as { description?: string } | undefined;
      return schema?.description
        ? `must be ${schema.description}`
        : 'does not match any allowed shape';
    }
    case WEB_ADDRESS_KEYWORD:
      return WEB_ADDRESS_RULE;
    case 'additionalProperties':
      return 'is not a field of this request';
    default:
      return error.message ?? 'is invalid';
  }
}

/** `body/seniority_level must be one of: intern, junior, …` */
export function describeValidationError(error: ErrorObject, dataVar: string): string {
  const part = PART_NAMES[dataVar] ?? dataVar;
  let where = `${part}${error.instancePath}`;
  if (error.keyword === 'required') where += `/${String(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') {
    const name = String(error.params.additionalProperty);
    const known = Object.keys(
      ((error.parentSchema ?? {}) as { properties?: Record<string, unknown> }).properties ?? {},
    );
    const guess = closest(name, known);
    return `${where}/${name} is not a field of this request${guess ? ` (did you mean ${guess}?)` : ''}`;
  }
  if (error.keyword === 'type' && error.instancePath === '' && dataVar === 'body') {
    return 'body must be a JSON object';
  }
  return `${where} ${describe(error)}`;
}

/** The known name a typo most likely meant: at most two edits away, or a third of its length. */
function closest(name: string, known: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
