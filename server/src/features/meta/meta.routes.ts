import Type from 'typebox';
import { databaseFailureReason } from '../../http/error-handler.js';
import { AppError } from '../../http/errors.js';
import type { Feature } from '../../http/feature.js';
import { errorResponses } from '../../http/schema-helpers.js';
import { APP_NAME, APP_VERSION } from '../../version.js';

const ServiceInfo = Type.Object({
  name: Type.String(),
  version: Type.String(),
  links: Type.Object({
    docs: Type.String(),
    redoc: Type.String(),
    openapi: Type.String(),
    health: Type.String(),
    ready: Type.String(),
  }),
});

const Health = Type.Object({ status: Type.Literal('ok') });
const Ready = Type.Object({
  status: Type.Literal('ready'),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
});

export const metaRoutes: Feature = async (app, { database }) => {
  app.get('/', {
    schema: {
      tags: ['meta'],
      operationId: 'getServiceInfo',
      summary: 'Service name, version and links to the documentation',
      response: { 200: ServiceInfo },
    },
    handler: async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      links: {
        docs: '/docs',
        redoc: '/redoc',
        openapi: '/openapi.json',
        health: '/api/health',
        ready: '/api/ready',
      },
    }),
  });

  app.get('/api/health', {
    config: { auth: 'public' },
    schema: {
      tags: ['meta'],
      operationId: 'getHealth',
      summary: 'Liveness: the process answers (does not touch the database)',
      response: { 200: Health },
    },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/api/ready', {
    config: { auth: 'public' },
    schema: {
      tags: ['meta'],
      operationId: 'getReady',
      summary: 'Readiness: the database answers a query',
      response: { 200: Ready, ...errorResponses(503) },
    },
    handler: async (request) => {
      try {
        await database.ping();
      } catch (error) {
        const reason = databaseFailureReason(error);
        request.log.warn({ reason }, 'readiness check failed');
        throw new AppError('database_unavailable', `The database is not reachable: ${reason}`);
      }
      return { status: 'ready' as const, database: database.kind };
    },
  });
};
