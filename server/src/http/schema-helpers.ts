// Small TypeBox builders shared by every feature's schemas. Nullable fields use JSON Schema
// type arrays (OpenAPI 3.1), which both Ajv and fast-json-stringify handle without anyOf.
import Type, {
  type Static,
  type TObject,
  type TOptional,
  type TPartial,
  type TSchema,
} from 'typebox';
import { ERROR_CODES } from './errors.js';
import { READ_ONLY_KEYWORD } from './keywords.js';
import { WEB_ADDRESS_KEYWORD } from './web-address.js';

/** PostgreSQL `integer` bounds: larger ids or counts would be a database error, not a 400. */
export const INT_MAX = 2_147_483_647;

export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: Record<string, unknown> = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** Adds `null` to a schema's accepted values (and to its enum, if it has one). */
export function Nullable<T extends TSchema>(schema: T) {
  const source = schema as unknown as { type?: string | string[]; enum?: unknown[] };
  const types = Array.isArray(source.type) ? source.type : source.type ? [source.type] : [];
  return Type.Unsafe<Static<T> | null>({
    ...schema,
    type: [...types, 'null'],
    ...(source.enum ? { enum: [...source.enum, null] } : {}),
  });
}

/** Marks every field optional: the shape of a create body's non-required fields. */
export function optional<T extends Record<string, TSchema>>(fields: T) {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Type.Optional(v)])) as {
    [K in keyof T]: TOptional<T[K]>;
  };
}

/**
 * The body of a partial update: every field of the create body, optional, without defaults.
 * Ajv fills in defaults, so a default left in an update schema would silently reset the
 * column on every PUT that does not send it.
 */
export function UpdateOf<T extends TObject>(create: T, title: string): TPartial<T> {
  const properties = Object.fromEntries(
    Object.entries(create.properties).map(([key, schema]) => {
      const { default: _dropped, ...rest } = schema as TSchema & { default?: unknown };
      return [key, Type.Optional(rest as TSchema)];
    }),
  );
  return Type.Object(properties, { additionalProperties: false, title }) as unknown as TPartial<T>;
}

export const Id = (description: string) =>
  Type.Integer({ minimum: 1, maximum: INT_MAX, description });

export const DateString = (options: Record<string, unknown> = {}) =>
  Type.String({ format: 'date', description: 'Date as YYYY-MM-DD', ...options });

export const TimeString = (options: Record<string, unknown> = {}) =>
  Type.String({
    pattern: '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$',
    description: 'Time as HH:MM:SS (HH:MM accepted on input)',
    ...options,
  });

/** Serialized from a Date: ISO-8601 in UTC with `Z`. */
export const Timestamp = (options: Record<string, unknown> = {}) =>
  Type.Unsafe<Date | string>({ type: 'string', format: 'date-time', ...options });

/** A required name: non-empty, not just spaces. */
export const Name = (maxLength: number, options: Record<string, unknown> = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...options });

export const Text = (maxLength?: number, options: Record<string, unknown> = {}) =>
  Type.String(maxLength === undefined ? options : { maxLength, ...options });

/** A link: stored as an absolute http(s) address (see web-address.ts), at most 500 characters. */
export const WebAddress = (options: Record<string, unknown> = {}) =>
  Type.String({
    maxLength: 500,
    [WEB_ADDRESS_KEYWORD]: true,
    description:
      'An http(s) address; a bare host such as example.com/jobs/1 gets https:// in front',
    ...options,
  });

/**
 * Free text has a ceiling a person would not reach, so one request or one list page cannot
 * carry megabytes: notes and descriptions up to 20,000 characters (about eight pages), long
 * documents (a job description, a CV, a written answer with code) up to 100,000.
 */
export const NOTE_LIMIT = 20_000;
export const DOCUMENT_LIMIT = 100_000;

export const Note = (options: Record<string, unknown> = {}) =>
  Type.String({ maxLength: NOTE_LIMIT, ...options });

export const Document = (options: Record<string, unknown> = {}) =>
  Type.String({ maxLength: DOCUMENT_LIMIT, ...options });

/** A list of sentences (highlights, steps, concepts): at most 100 of 1,000 characters. */
export const TextList = (options: Record<string, unknown> = {}) =>
  Type.Array(Type.String({ maxLength: 1_000 }), { maxItems: 100, ...options });

/** A list of names (tags, skills): at most 100 of 100 characters. */
export const NameList = (options: Record<string, unknown> = {}) =>
  Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100, ...options });

export const IntList = (options: Record<string, unknown> = {}) =>
  Type.Array(Type.Integer({ minimum: 1, maximum: INT_MAX }), { maxItems: 100, ...options });

export const ErrorBody = Type.Object(
  {
    detail: Type.String({ description: 'A sentence saying what went wrong' }),
    code: StringEnum(ERROR_CODES, {
      description: 'Stable machine-readable error code; each code always has the same status',
    }),
    request_id: Type.String({ description: 'Correlates with the server log' }),
  },
  { $id: 'Error', title: 'Error' },
);

export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, Type.Unsafe<never>({ $ref: 'Error#' })]));

export const Pagination = {
  skip: Type.Integer({ minimum: 0, maximum: INT_MAX, default: 0, description: 'Rows to skip' }),
};

export const Limit = (defaultLimit: number) =>
  Type.Integer({
    minimum: 1,
    maximum: 100,
    default: defaultLimit,
    description: `Rows to return (default ${defaultLimit}, max 100)`,
  });

export const Order = StringEnum(['asc', 'desc'] as const, { default: 'desc' });

export const Envelope = <T extends TSchema>(item: T, title: string) =>
  Type.Object(
    {
      total: Type.Integer({ description: 'Rows matching the filters, across all pages' }),
      skip: Type.Integer(),
      limit: Type.Integer(),
      data: Type.Array(item),
    },
    { title },
  );

/**
 * A create or update body that also accepts the record's other fields (ids, timestamps,
 * embedded names), so a client can send back what it read: they are marked read-only in the
 * OpenAPI document and removed by the validator. Any other unknown field is a 400.
 */
export function WithReadOnly<B extends TObject>(body: B, record: TObject): B {
  const extra = Object.fromEntries(
    Object.keys(record.properties)
      .filter((key) => !(key in body.properties))
      .map((key) => [
        key,
        Type.Optional(
          Type.Unsafe<never>({
            [READ_ONLY_KEYWORD]: true,
            readOnly: true,
            description: 'Read-only: may be sent back, is ignored',
          }),
        ),
      ]),
  );
  return { ...body, properties: { ...body.properties, ...extra } } as B;
}
