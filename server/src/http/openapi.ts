// OpenAPI 3.1 generated from the route schemas, Swagger UI at /docs and ReDoc at /redoc.
// Both UIs are served from local npm packages: the docs work with no network.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { APP_DESCRIPTION, APP_NAME, APP_VERSION } from '../version.js';
import { SECURITY_SCHEMES } from './authentication.js';

const require = createRequire(import.meta.url);

export const OPENAPI_TAGS = [
  { name: 'agents', description: 'AI answers to interview questions, streamed over SSE' },
  { name: 'interviews', description: 'Applications and interviews' },
  { name: 'rounds', description: 'The rounds of an interview' },
  { name: 'interview-questions', description: 'Questions asked in an interview, with how it went' },
  { name: 'companies', description: 'Companies applied to' },
  { name: 'roles', description: 'Roles applied for' },
  { name: 'skills', description: 'Skills, for interviews and questions' },
  { name: 'questions', description: 'The question bank' },
  {
    name: 'starter-pack',
    description: 'Common interview questions with model answers, to browse and import',
  },
  { name: 'stats', description: 'Counts across the tracker' },
  { name: 'settings', description: "The caller's own settings" },
  { name: 'tasks', description: 'Reminders with a due date, made by hand or suggested' },
  { name: 'calendar', description: 'The iCalendar feed of rounds and tasks, and its secret link' },
  { name: 'import-export', description: 'All your data as one JSON document or as CSV' },
  { name: 'meta', description: 'Service information, health and documentation' },
  {
    name: 'auth',
    description: 'Logging in, the signed-in user, personal tokens (AUTH=password)',
  },
  { name: 'users', description: 'The accounts, managed by the owner (AUTH=password)' },
];

const RESPONSE_DESCRIPTIONS: Record<string, string> = {
  '200': 'OK',
  '201': 'Created: the stored record with its new id',
  '204': 'Done; no body',
  '400': 'Invalid input: `detail` names the field and the rule; nothing was written',
  '401':
    'AUTH=password and no valid session cookie or Bearer token (or wrong credentials at login)',
  '403':
    'Not allowed: a member managing users, or a write with the session cookie from another origin',
  '404': 'Not found: `detail` names what is missing',
  '429':
    'Too many agent requests, open answer streams or login attempts: retry after `Retry-After` seconds',
  '502': 'The model provider failed',
  '503': 'A dependency (the database) is not reachable',
  '504': 'The model provider timed out',
};

interface Operation {
  responses?: Record<string, { description?: string }>;
  parameters?: { in?: string; required?: boolean; schema?: { default?: unknown } }[];
}
type OpenApiDocument = { paths?: Record<string, Record<string, Operation>> };

/**
 * Replaces the generator's "Default Response" with what each status means here, and marks
 * query parameters that have a default as optional (the validator fills the default in).
 */
function describeOperations(document: OpenApiDocument) {
  for (const methods of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(methods)) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'query' && parameter.schema?.default !== undefined) {
          parameter.required = false;
        }
      }
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (response.description === 'Default Response' && RESPONSE_DESCRIPTIONS[status]) {
          response.description = RESPONSE_DESCRIPTIONS[status];
        }
      }
    }
  }
  return document;
}

const REDOC_CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';

const redocPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${APP_NAME} API reference</title>
    <link rel="icon" href="data:," />
    <style>body { margin: 0; }</style>
  </head>
  <body>
    <redoc spec-url="/openapi.json"></redoc>
    <script src="/redoc/redoc.standalone.js"></script>
  </body>
</html>
`;

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: APP_NAME, version: APP_VERSION, description: APP_DESCRIPTION },
      tags: OPENAPI_TAGS,
      components: { securitySchemes: SECURITY_SCHEMES as never },
    },
    transformObject: (documentObject) =>
      describeOperations(
        ('openapiObject' in documentObject
          ? documentObject.openapiObject
          : documentObject.swaggerObject) as OpenApiDocument,
      ) as never,
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // "Authorize" with a personal token keeps it across reloads of the page.
    uiConfig: {
      docExpansion: 'list',
      deepLinking: true,
      tryItOutEnabled: true,
      persistAuthorization: true,
    },
    // No CSP of its own: security.ts sends one policy for every page, these included.
  });

  const redocBundle = require.resolve('redoc/bundles/redoc.standalone.js');
  // Read on first use, then kept: 1 MB that most API-only deployments never ask for.
  let redocScript: Promise<Buffer> | undefined;
  const hidden = { schema: { hide: true } };
  app.get('/openapi.json', hidden, async () => app.swagger());
  app.get('/redoc', hidden, async (_request, reply) => reply.type('text/html').send(redocPage));
  app.get('/redoc/redoc.standalone.js', hidden, async (_request, reply) => {
    // ReDoc's sidebar shows a logo fetched from its CDN: the docs stay local, so the image
    // gets an empty source, fails, and ReDoc hides it (leaving the text link).
    redocScript ??= readFile(redocBundle, 'utf8').then((code) =>
      Buffer.from(code.replace(REDOC_CDN_LOGO, 'data:,')),
    );
    return reply
      .type('application/javascript')
      .header('cache-control', 'public, max-age=86400')
      .send(await redocScript);
  });
}
