// The request and response shapes that companies, roles and skills share: a unique name, the
// resource's own fields, an id, timestamps, and a paginated, searchable list. Each resource
// declares only its fields; the builder keeps their static types, so handlers need no casts.
import Type, {
  type TInteger,
  type TObject,
  type TOptional,
  type TProperties,
  type TSchema,
  type TString,
  type TUnsafe,
} from 'typebox';
import {
  Id,
  Limit,
  Name,
  optional,
  Pagination,
  Timestamp,
  UpdateOf,
  WithReadOnly,
} from './schema-helpers.js';

export interface CatalogSchemaSpec<
  IdKey extends string,
  NameKey extends string,
  Fields extends TProperties,
  Filters extends TProperties,
> {
  /** "Company": the titles become CompanyCreate, CompanyUpdate, Company. */
  entity: string;
  idKey: IdKey;
  nameKey: NameKey;
  nameExample: string;
  /** The entry's other fields, as stored; optional in a create body. */
  fields: Fields;
  /** What `search` matches besides the name, for the parameter's description. */
  searchAlso: string;
  /** Extra list filters (category, is_trending), all optional. */
  filters: Filters;
}

type Optional<P extends TProperties> = { [K in keyof P]: TOptional<P[K]> };
type Timestamps = { created_at: TUnsafe<Date | string>; updated_at: TUnsafe<Date | string> };

export type CatalogCreate<N extends string, F extends TProperties> = TObject<
  { [K in N]: TString } & Optional<F>
>;
export type CatalogEntry<I extends string, N extends string, F extends TProperties> = TObject<
  { [K in I]: TInteger } & { [K in N]: TString } & F & Timestamps
>;
export type CatalogListQuery<F extends TProperties> = TObject<
  { skip: TInteger; limit: TInteger; search: TOptional<TString> } & Optional<F>
>;

export function catalogSchemas<
  const IdKey extends string,
  const NameKey extends string,
  Fields extends TProperties,
  Filters extends TProperties,
>(spec: CatalogSchemaSpec<IdKey, NameKey, Fields, Filters>) {
  const Create = Type.Object(
    {
      [spec.nameKey]: Name(200, {
        description: 'Unique, case-insensitively',
        examples: [spec.nameExample],
      }),
      ...optional(spec.fields),
    },
    { additionalProperties: false, title: `${spec.entity}Create` },
  ) as unknown as CatalogCreate<NameKey, Fields>;
  const Entry = Type.Object(
    {
      [spec.idKey]: Id(`${spec.entity} id`),
      [spec.nameKey]: Type.String(),
      ...spec.fields,
      created_at: Timestamp(),
      updated_at: Timestamp(),
    },
    { title: spec.entity },
  ) as unknown as CatalogEntry<IdKey, NameKey, Fields>;
  const ListQuery = Type.Object({
    ...Pagination,
    limit: Limit(50),
    search: Type.Optional(
      Type.String({
        maxLength: 200,
        description: `Case-insensitive match on name or ${spec.searchAlso}`,
      }),
    ),
    ...optional(spec.filters),
  }) as unknown as CatalogListQuery<Filters>;
  const Params = Type.Object({
    [spec.idKey]: Id(`The ${spec.entity.toLowerCase()}'s id`),
  }) as unknown as TObject<{ [K in IdKey]: TInteger }>;
  return {
    Create: WithReadOnly(Create, Entry),
    Update: WithReadOnly(UpdateOf(Create, `${spec.entity}Update`), Entry),
    Entry,
    ListQuery,
    Params,
  };
}

/** Keeps a schema's type while adding an example for the documentation. */
export const withExamples = <T extends TSchema>(schema: T, ...examples: unknown[]): T =>
  ({ ...schema, examples }) as T;
