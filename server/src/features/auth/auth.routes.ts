// /api/auth: the mode and whether an owner must be created, the owner's first sign-in, login,
// logout, the signed-in user, their password and their personal tokens.
import Type from 'typebox';
import { sessionCookie } from '../../http/authentication.js';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import {
  AuthStatus,
  Credentials,
  OwnerSetup,
  PasswordChange,
  Token,
  TokenCreate,
  TokenCreated,
  TokenParams,
  User,
} from './auth.schemas.js';
import { createAuthService } from './auth.service.js';

const tags = ['auth'];

export const authRoutes: Feature = async (app, { database, config }) => {
  const service = createAuthService({ db: database.db, config });

  app.get('/api/auth/status', {
    config: { auth: 'optional' },
    schema: {
      tags,
      operationId: 'getAuthStatus',
      summary: 'The auth mode, whether the owner account must be created, and who is signed in',
      response: { 200: AuthStatus },
    },
    handler: async (request) => service.status(request.user),
  });

  app.post('/api/auth/setup', {
    config: { auth: 'public' },
    schema: {
      tags,
      operationId: 'setupOwner',
      summary: 'Create the owner account (only while no user exists) and sign in',
      body: OwnerSetup,
      response: { 201: User, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      const { user, sessionId } = await service.setup(request.body);
      reply.header('set-cookie', sessionCookie(request, sessionId, service.cookieMaxAge));
      return reply.status(201).send(user);
    },
  });

  app.post('/api/auth/login', {
    config: { auth: 'public' },
    schema: {
      tags,
      operationId: 'login',
      summary: 'Log in: sets the session cookie',
      description:
        'Wrong email and wrong password are the same 401. Attempts are limited per address and per account (429 with Retry-After).',
      body: Credentials,
      response: { 200: User, ...errorResponses(400, 401, 404) },
    },
    handler: async (request, reply) => {
      const { user, sessionId } = await service.login(request.body);
      reply.header('set-cookie', sessionCookie(request, sessionId, service.cookieMaxAge));
      return user;
    },
  });

  app.post('/api/auth/logout', {
    config: { auth: 'optional' },
    schema: {
      tags,
      operationId: 'logout',
      summary: 'Log out: ends the session and clears the cookie',
      response: { 204: Type.Null({ description: 'Logged out' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.logout(request.user);
      reply.header('set-cookie', sessionCookie(request, null, 0));
      return reply.status(204).send(null);
    },
  });

  app.get('/api/auth/me', {
    schema: {
      tags,
      operationId: 'getCurrentUser',
      summary: 'The signed-in user',
      response: { 200: User, ...errorResponses(404) },
    },
    handler: async (request) => service.me(request.user),
  });

  app.put('/api/auth/password', {
    schema: {
      tags,
      operationId: 'changePassword',
      summary: "Change the signed-in user's password; their other sessions end",
      body: PasswordChange,
      response: { 204: Type.Null({ description: 'Changed' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.changePassword(request.user, request.body);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/auth/tokens', {
    schema: {
      tags,
      operationId: 'createToken',
      summary: 'Create a personal token for scripts: the token is in this answer only',
      body: TokenCreate,
      response: { 201: TokenCreated, ...errorResponses(400, 404) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.createToken(request.user, request.body.name)),
  });

  app.get('/api/auth/tokens', {
    schema: {
      tags,
      operationId: 'listTokens',
      summary: "The signed-in user's tokens (never the tokens themselves)",
      response: { 200: Type.Array(Token), ...errorResponses(404) },
    },
    handler: async (request) => service.listTokens(request.user),
  });

  app.delete('/api/auth/tokens/:token_id', {
    schema: {
      tags,
      operationId: 'deleteToken',
      summary: 'Revoke a token',
      params: TokenParams,
      response: { 204: Type.Null({ description: 'Revoked' }), ...errorResponses(400, 404) },
    },
    handler: async (request, reply) => {
      await service.deleteToken(request.user, request.params.token_id);
      return reply.status(204).send(null);
    },
  });
};
