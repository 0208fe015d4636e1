import { eq } from 'drizzle-orm';
import { skills } from '../../db/schema.js';
import { notFound, validationError } from '../../http/errors.js';
import { catalogRoutes } from '../catalog/catalog.routes.js';
import { createCatalogService } from '../catalog/catalog.service.js';
import { SkillSchemas } from './skills.schemas.js';

export const skillsRoutes = catalogRoutes({
  path: '/api/skills',
  tag: 'skills',
  noun: ['skill', 'skills'],
  idParam: 'skill_id',
  schemas: SkillSchemas,
  examples: {
    create: {
      skill_name: 'Python',
      skill_category: 'Programming Language',
      skill_type: 'Technical',
      skill_description: 'High-level programming language',
      is_trending: true,
      market_demand: 'high',
    },
  },
  service: (db) =>
    createCatalogService(db, {
      table: skills,
      label: 'Skill',
      id: skills.skill_id,
      name: skills.skill_name,
      searchAlso: skills.skill_description,
      category: skills.skill_category,
      // Lists show active skills only; a retired skill stays readable by id.
      extraFilters: (query) => [
        eq(skills.is_active, true),
        typeof query.is_trending === 'boolean'
          ? eq(skills.is_trending, query.is_trending)
          : undefined,
      ],
      async validate(db, input, skillId) {
        const parent = input.parent_skill_id;
        if (typeof parent !== 'number') return;
        if (parent === skillId)
          throw validationError('body/parent_skill_id must not be the skill itself');
        const [row] = await db
          .select({ id: skills.skill_id })
          .from(skills)
          .where(eq(skills.skill_id, parent));
        if (!row) throw notFound(`Parent skill ${parent} not found`);
      },
    }),
});
