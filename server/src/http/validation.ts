// Request validation with Ajv. Query strings and path params are coerced from text (and a
// single `tags=x` becomes an array); JSON bodies are not coerced, so `null` or `"8"` where an
// integer belongs is a 400 rather than a silent conversion.
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { normaliseWebAddress, WEB_ADDRESS_KEYWORD, WEB_ADDRESS_RULE } from './web-address.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

function createAjv(coerceTypes: boolean | 'array') {
  const ajv = new Ajv({
    coerceTypes,
    useDefaults: true,
    removeAdditional: true,
    allErrors: false,
    verbose: true,
    strict: false,
  });
  addFormats(ajv);
  ajv.addKeyword({
    keyword: WEB_ADDRESS_KEYWORD,
    type: 'string',
    modifying: true,
    errors: true,
    validate: function webAddress(
      this: unknown,
      _enabled: boolean,
      data: string,
      _schema?: unknown,
      context?: {
        parentData: Record<string | number, unknown>;
        parentDataProperty: string | number;
      },
    ) {
      const normalised = normaliseWebAddress(data);
      if (normalised === undefined) {
        (webAddress as { errors?: Partial<ErrorObject>[] }).errors = [
          { keyword: WEB_ADDRESS_KEYWORD, message: WEB_ADDRESS_RULE, params: {} },
        ];
        return false;
      }
      if (context) context.parentData[context.parentDataProperty] = normalised;
      return true;
    },
  });
  return ajv;
}

const bodyAjv = createAjv(false);
const textAjv = createAjv('array');

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : textAjv).compile(schema as object);

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
    default:
      return error.message ?? 'is invalid';
  }
}

/** `body/seniority_level must be one of: intern, junior, …` */
export function describeValidationError(error: ErrorObject, dataVar: string): string {
  const part = PART_NAMES[dataVar] ?? dataVar;
  let where = `${part}${error.instancePath}`;
  if (error.keyword === 'required') where += `/${String(error.params.missingProperty)}`;
  if (error.keyword === 'type' && error.instancePath === '' && dataVar === 'body') {
    return 'body must be a JSON object';
  }
  return `${where} ${describe(error)}`;
}
