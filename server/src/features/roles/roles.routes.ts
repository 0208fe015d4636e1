import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { Role, RoleCreate, RoleListQuery, RoleParams, RoleUpdate } from './roles.schemas.js';
import { createRolesService } from './roles.service.js';

export const rolesRoutes: Feature = async (app, { database }) => {
  const service = createRolesService({ db: database.db });
  const tags = ['roles'];

  app.get('/api/roles', {
    schema: {
      tags,
      operationId: 'listRoles',
      summary: 'List roles, ordered by name',
      querystring: RoleListQuery,
      response: { 200: Type.Array(Role), ...errorResponses(400) },
    },
    handler: async (request) => service.list(request.owner, request.query),
  });

  app.post('/api/roles', {
    schema: {
      tags,
      operationId: 'createRole',
      summary: 'Create a role',
      body: RoleCreate,
      response: { 201: Role, ...errorResponses(400) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.create(request.owner, request.body)),
  });

  app.get('/api/roles/:role_id', {
    schema: {
      tags,
      operationId: 'getRole',
      summary: 'Get a role by id',
      params: RoleParams,
      response: { 200: Role, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.get(request.owner, request.params.role_id),
  });

  app.put('/api/roles/:role_id', {
    schema: {
      tags,
      operationId: 'updateRole',
      summary: 'Update a role: only the fields sent change',
      params: RoleParams,
      body: RoleUpdate,
      response: { 200: Role, ...errorResponses(400, 404) },
    },
    handler: async (request) => service.update(request.owner, request.params.role_id, request.body),
  });

  app.delete('/api/roles/:role_id', {
    schema: {
      tags,
      operationId: 'deleteRole',
      summary: 'Delete a role (refused while interviews still reference it)',
      params: RoleParams,
      response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(request.owner, request.params.role_id);
      return reply.status(204).send(null);
    },
  });
};
