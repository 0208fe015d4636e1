import Type from 'typebox';
import { Nullable, Text, TextList } from '../../http/schema-helpers.js';
import { catalogSchemas } from '../catalog/catalog.schemas.js';

export const RoleSchemas = catalogSchemas({
  entity: 'Role',
  idKey: 'role_id',
  nameKey: 'role_name',
  nameExample: 'Senior Software Engineer',
  searchAlso: 'description',
  fields: {
    role_category: Nullable(Text(100, { examples: ['Engineering'] })),
    role_description: Nullable(Text()),
    typical_skills: Nullable(TextList({ examples: [['Python', 'JavaScript', 'AWS', 'Docker']] })),
  },
  filters: {
    category: Type.String({ maxLength: 100, description: 'Exact role_category' }),
  },
});

/** Embedded in an interview's detail. */
export const Role = RoleSchemas.Entry;
