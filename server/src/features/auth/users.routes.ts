// /api/users: the owner manages the accounts (403 for a member).
import Type from 'typebox';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { User, UserCreate, UserParams, UserUpdate } from './auth.schemas.js';
import { createUsersService } from './users.service.js';

const tags = ['users'];

export const usersRoutes: Feature = async (app, { database, config }) => {
  const service = createUsersService({ db: database.db, config });

  app.get('/api/users', {
    schema: {
      tags,
      operationId: 'listUsers',
      summary: 'List the users (owner only)',
      response: { 200: Type.Array(User), ...errorResponses(403, 404) },
    },
    handler: async (request) => service.list(request.user),
  });

  app.post('/api/users', {
    schema: {
      tags,
      operationId: 'createUser',
      summary: 'Create a member with a first password (owner only)',
      body: UserCreate,
      response: { 201: User, ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.create(request.user, request.body)),
  });

  app.put('/api/users/:user_id', {
    schema: {
      tags,
      operationId: 'updateUser',
      summary: 'Disable or enable a user, or set their password (owner only)',
      description:
        "Disabling ends the user's sessions and revokes their tokens; a new password ends their sessions.",
      params: UserParams,
      body: UserUpdate,
      response: { 200: User, ...errorResponses(400, 403, 404) },
    },
    handler: async (request) => service.update(request.user, request.params.user_id, request.body),
  });
};
