// Builds the Fastify app from its dependencies and never listens: server.ts does that, and
// tests build the very same app around a fresh database.
import cors from '@fastify/cors';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
} from 'fastify';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { AgentStreamEvent } from './features/agents/agent-events.js';
import { agentsRoutes } from './features/agents/agents.routes.js';
import { createQuestionRouter } from './features/agents/routing/router.js';
import { companiesRoutes } from './features/companies/companies.routes.js';
import { interviewQuestionsRoutes } from './features/interview-questions/interview-questions.routes.js';
import { interviewsRoutes } from './features/interviews/interviews.routes.js';
import { metaRoutes } from './features/meta/meta.routes.js';
import { questionsRoutes } from './features/questions/questions.routes.js';
import { rolesRoutes } from './features/roles/roles.routes.js';
import { roundsRoutes } from './features/rounds/rounds.routes.js';
import { skillsRoutes } from './features/skills/skills.routes.js';
import { starterPackRoutes } from './features/starter-pack/starter-pack.routes.js';
import { statsRoutes } from './features/stats/stats.routes.js';
import { registerErrorHandling } from './http/error-handler.js';
import { registerOpenApi } from './http/openapi.js';
import { ErrorBody } from './http/schema-helpers.js';
import { describeValidationError, validatorCompiler } from './http/validation.js';
import { DEFAULT_WEB_DIR, registerWebApp } from './http/web-app.js';
import { createLlmProvider } from './llm/registry.js';
import type { LlmProvider, QuestionRouter } from './llm/types.js';

export interface AppDeps {
  config: Config;
  database: Database;
  /** The model provider; defaults to the one config.llm names (offline when unset). */
  llm?: LlmProvider;
  /** The question router; defaults to the local classifier, trained on first use. */
  router?: QuestionRouter;
  /** Keep-alive interval for answer streams (15 s). */
  heartbeatMs?: number;
  /** The process logger (server.ts); without one the app logs at config.logLevel. */
  loggerInstance?: FastifyBaseLogger;
  /** Overrides Fastify's logger options (tests pass `false`). */
  logger?: FastifyServerOptions['logger'];
}

export type App = FastifyInstance;

/** Structured JSON logs; credentials never reach them. */
export const loggerOptions = (config: Config) => ({
  level: config.logLevel,
  redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
});

/** Every feature, in the order its routes appear in the API document. */
const features = [
  metaRoutes,
  agentsRoutes,
  interviewsRoutes,
  roundsRoutes,
  interviewQuestionsRoutes,
  companiesRoutes,
  rolesRoutes,
  skillsRoutes,
  questionsRoutes,
  starterPackRoutes,
  statsRoutes,
];

export async function buildApp({
  config,
  database,
  logger,
  loggerInstance,
  llm = createLlmProvider(config.llm),
  router = createQuestionRouter(),
  heartbeatMs = 15_000,
}: AppDeps): Promise<App> {
  const app = Fastify({
    ...(loggerInstance ? { loggerInstance } : { logger: logger ?? loggerOptions(config) }),
    routerOptions: { ignoreTrailingSlash: true },
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    schemaErrorFormatter: (errors, dataVar) => {
      // For a union, the branch errors come first and mislead; the anyOf error names the shapes.
      const first = errors.find((e) => e.keyword === 'anyOf') ?? errors[0];
      return new Error(
        first ? describeValidationError(first as never, dataVar) : 'Invalid request',
      );
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // The API speaks JSON only: a text/plain body is an unsupported type, not a string to validate.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  // Shared shapes, published under components/schemas and referenced by $id.
  app.addSchema(ErrorBody);
  app.addSchema(AgentStreamEvent);
  registerErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(cors, { origin: config.corsOrigins, exposedHeaders: ['x-request-id'] });
  await registerOpenApi(app);

  for (const feature of features) {
    await app.register(feature, { config, database, llm, router, heartbeatMs });
  }
  await registerWebApp(app, config.webDir ?? DEFAULT_WEB_DIR);
  return app;
}
