import { interviews, roles } from '../../db/schema.js';
import { catalogRoutes } from '../catalog/catalog.routes.js';
import { createCatalogService, whileInterviewsReference } from '../catalog/catalog.service.js';
import { RoleSchemas } from './roles.schemas.js';

export const rolesRoutes = catalogRoutes({
  path: '/api/roles',
  tag: 'roles',
  noun: ['role', 'roles'],
  idParam: 'role_id',
  schemas: RoleSchemas,
  examples: {
    create: {
      role_name: 'Senior Software Engineer',
      role_category: 'Engineering',
      role_description: 'Senior engineer position',
      typical_skills: ['Python', 'JavaScript', 'AWS', 'Docker'],
    },
  },
  service: (db) =>
    createCatalogService(db, {
      table: roles,
      label: 'Role',
      id: roles.role_id,
      name: roles.role_name,
      searchAlso: roles.role_description,
      category: roles.role_category,
      blockDelete: whileInterviewsReference('Role', interviews.role_id),
    }),
});
