import Type from 'typebox';
import {
  Id,
  Limit,
  Name,
  Nullable,
  optional,
  Pagination,
  Text,
  TextList,
  Timestamp,
  UpdateOf,
} from '../../http/schema-helpers.js';

const fields = {
  role_category: Nullable(Text(100, { examples: ['Engineering'] })),
  role_description: Nullable(Text()),
  typical_skills: Nullable(TextList({ examples: [['Python', 'JavaScript', 'AWS', 'Docker']] })),
};

export const RoleCreate = Type.Object(
  {
    role_name: Name(200, {
      description: 'Unique, case-insensitively',
      examples: ['Senior Software Engineer'],
    }),
    ...optional(fields),
  },
  { additionalProperties: false, title: 'RoleCreate' },
);

export const RoleUpdate = UpdateOf(RoleCreate, 'RoleUpdate');

export const Role = Type.Object(
  {
    role_id: Id('Role id'),
    role_name: Type.String(),
    ...fields,
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'Role' },
);

export const RoleListQuery = Type.Object({
  ...Pagination,
  limit: Limit(50),
  search: Type.Optional(
    Type.String({ maxLength: 200, description: 'Case-insensitive match on name or description' }),
  ),
  category: Type.Optional(Type.String({ maxLength: 100, description: 'Exact role_category' })),
});
