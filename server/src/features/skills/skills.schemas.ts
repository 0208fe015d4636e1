import Type from 'typebox';
import {
  Id,
  IntList,
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

const nullableFields = {
  skill_category: Nullable(Text(100, { examples: ['Programming Language'] })),
  skill_type: Nullable(Text(100, { examples: ['Technical'] })),
  skill_description: Nullable(Text()),
  proficiency_levels: Nullable(TextList()),
  related_skills: Nullable(IntList({ description: 'Ids of related skills' })),
  parent_skill_id: Nullable(Id('Parent skill id')),
  market_demand: Nullable(Text(20, { examples: ['high'] })),
  average_salary_impact_percentage: Nullable(
    Type.Number({ minimum: -999.99, maximum: 999.99, description: 'numeric(5,2)' }),
  ),
  learning_resources: Nullable(TextList()),
  official_documentation_url: Nullable(Text(500)),
};
const flags = {
  is_trending: Type.Boolean({ default: false }),
  is_active: Type.Boolean({ default: true, description: 'Inactive skills are hidden from lists' }),
};

export const SkillCreate = Type.Object(
  {
    skill_name: Name(200, { description: 'Unique, case-insensitively', examples: ['Python'] }),
    ...optional(nullableFields),
    ...optional(flags),
  },
  { additionalProperties: false, title: 'SkillCreate' },
);

export const SkillUpdate = UpdateOf(SkillCreate, 'SkillUpdate');

export const Skill = Type.Object(
  {
    skill_id: Id('Skill id'),
    skill_name: Type.String(),
    ...nullableFields,
    ...flags,
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { title: 'Skill' },
);

export const SkillListQuery = Type.Object({
  ...Pagination,
  limit: Limit(50),
  search: Type.Optional(
    Type.String({ maxLength: 200, description: 'Case-insensitive match on name or description' }),
  ),
  category: Type.Optional(Type.String({ maxLength: 100, description: 'Exact skill_category' })),
  is_trending: Type.Optional(Type.Boolean()),
});
