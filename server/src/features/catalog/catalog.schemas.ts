// The request and response shapes every catalog resource shares: a unique name, its own
// fields, an id, timestamps, and a paginated, searchable list.
import Type, { type TObject, type TSchema } from 'typebox';
import {
  Id,
  Limit,
  Name,
  optional,
  Pagination,
  Timestamp,
  UpdateOf,
} from '../../http/schema-helpers.js';

export interface CatalogSchemaSpec {
  /** "Company": the titles become CompanyCreate, CompanyUpdate, Company. */
  entity: string;
  idKey: string;
  nameKey: string;
  nameExample: string;
  /** The entry's other fields, as stored; optional in a create body. */
  fields: Record<string, TSchema>;
  /** What `search` matches besides the name, for the parameter's description. */
  searchAlso: string;
  /** Extra list filters (category, is_trending), all optional. */
  filters?: Record<string, TSchema>;
}

export function catalogSchemas(spec: CatalogSchemaSpec): {
  Create: TObject;
  Update: TObject;
  Entry: TObject;
  ListQuery: TObject;
} {
  const Create = Type.Object(
    {
      [spec.nameKey]: Name(200, {
        description: 'Unique, case-insensitively',
        examples: [spec.nameExample],
      }),
      ...optional(spec.fields),
    },
    { additionalProperties: false, title: `${spec.entity}Create` },
  );
  const Entry = Type.Object(
    {
      [spec.idKey]: Id(`${spec.entity} id`),
      [spec.nameKey]: Type.String(),
      ...spec.fields,
      created_at: Timestamp(),
      updated_at: Timestamp(),
    },
    { title: spec.entity },
  );
  const ListQuery = Type.Object({
    ...Pagination,
    limit: Limit(50),
    search: Type.Optional(
      Type.String({
        maxLength: 200,
        description: `Case-insensitive match on name or ${spec.searchAlso}`,
      }),
    ),
    ...optional(spec.filters ?? {}),
  });
  return { Create, Update: UpdateOf(Create, `${spec.entity}Update`), Entry, ListQuery };
}
