import Type, { type Static } from 'typebox';
import { catalogSchemas, withExamples } from '../../http/catalog-schemas.js';
import { NameList, Note, Nullable, Text } from '../../http/schema-helpers.js';

const schemas = catalogSchemas({
  entity: 'Role',
  idKey: 'role_id',
  nameKey: 'role_name',
  nameExample: 'Senior Software Engineer',
  searchAlso: 'description',
  fields: {
    role_category: Nullable(Text(100, { examples: ['Engineering'] })),
    role_description: Nullable(Note()),
    typical_skills: Nullable(NameList({ examples: [['Python', 'JavaScript', 'AWS', 'Docker']] })),
  },
  filters: {
    category: Type.String({ maxLength: 100, description: 'Exact role_category' }),
  },
});

/** Also embedded in an interview's detail. */
export const Role = schemas.Entry;
export const RoleCreate = withExamples(schemas.Create, {
  role_name: 'Senior Software Engineer',
  role_category: 'Engineering',
  role_description: 'Senior engineer position',
  typical_skills: ['Python', 'JavaScript', 'AWS', 'Docker'],
});
export const RoleUpdate = schemas.Update;
export const RoleListQuery = schemas.ListQuery;
export const RoleParams = schemas.Params;

export type RoleCreateBody = Static<typeof RoleCreate>;
export type RoleUpdateBody = Static<typeof RoleUpdate>;
export type RoleListParams = Static<typeof RoleListQuery>;
