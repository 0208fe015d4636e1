import Type, { type Static } from 'typebox';
import { catalogSchemas, withExamples } from '../../http/catalog-schemas.js';
import {
  Id,
  IntList,
  Note,
  Nullable,
  Text,
  TextList,
  WebAddress,
} from '../../http/schema-helpers.js';

const schemas = catalogSchemas({
  entity: 'Skill',
  idKey: 'skill_id',
  nameKey: 'skill_name',
  nameExample: 'Python',
  searchAlso: 'description',
  fields: {
    skill_category: Nullable(Text(100, { examples: ['Programming Language'] })),
    skill_type: Nullable(Text(100, { examples: ['Technical'] })),
    skill_description: Nullable(Note()),
    proficiency_levels: Nullable(TextList()),
    related_skills: Nullable(IntList({ description: 'Ids of related skills' })),
    parent_skill_id: Nullable(Id('Parent skill id')),
    market_demand: Nullable(Text(20, { examples: ['high'] })),
    average_salary_impact_percentage: Nullable(
      Type.Number({ minimum: -999.99, maximum: 999.99, description: 'numeric(5,2)' }),
    ),
    learning_resources: Nullable(TextList()),
    official_documentation_url: Nullable(WebAddress()),
    is_trending: Type.Boolean({ default: false }),
    is_active: Type.Boolean({
      default: true,
      description: 'Inactive skills are hidden from lists',
    }),
  },
  filters: {
    category: Type.String({ maxLength: 100, description: 'Exact skill_category' }),
    is_trending: Type.Boolean(),
  },
});

export const Skill = schemas.Entry;
export const SkillCreate = withExamples(schemas.Create, {
  skill_name: 'Python',
  skill_category: 'Programming Language',
  skill_type: 'Technical',
  skill_description: 'High-level programming language',
  is_trending: true,
  market_demand: 'high',
});
export const SkillUpdate = schemas.Update;
export const SkillListQuery = schemas.ListQuery;
export const SkillParams = schemas.Params;

export type SkillCreateBody = Static<typeof SkillCreate>;
export type SkillUpdateBody = Static<typeof SkillUpdate>;
export type SkillListParams = Static<typeof SkillListQuery>;
