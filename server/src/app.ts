// Builds the Fastify app from its dependencies and never listens: server.ts does that, and
// tests build the very same app around a fresh database.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
} from 'fastify';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { scheduleMaintenance } from './db/maintenance.js';
import { recordWrite, writeCount } from './db/write-clock.js';
import { AgentStreamEvent } from './features/agents/agent-events.js';
import { agentsRoutes } from './features/agents/agents.routes.js';
import { createQuestionRouter } from './features/agents/routing/router.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { createAuthService } from './features/auth/auth.service.js';
import { usersRoutes } from './features/auth/users.routes.js';
import { calendarRoutes } from './features/calendar/calendar.routes.js';
import { companiesRoutes } from './features/companies/companies.routes.js';
import { interviewQuestionsRoutes } from './features/interview-questions/interview-questions.routes.js';
import { interviewsRoutes } from './features/interviews/interviews.routes.js';
import { metaRoutes } from './features/meta/meta.routes.js';
import { pipelineRoutes } from './features/pipeline/pipeline.routes.js';
import { practiceRoutes } from './features/practice/practice.routes.js';
import { questionsRoutes } from './features/questions/questions.routes.js';
import { rolesRoutes } from './features/roles/roles.routes.js';
import { roundsRoutes } from './features/rounds/rounds.routes.js';
import { skillsRoutes } from './features/skills/skills.routes.js';
import { starterPackRoutes } from './features/starter-pack/starter-pack.routes.js';
import { statsRoutes } from './features/stats/stats.routes.js';
import { tasksRoutes } from './features/tasks/tasks.routes.js';
import { transferRoutes } from './features/transfer/transfer.routes.js';
import { registerAuthentication } from './http/authentication.js';
import { clientErrorHandler, frameworkErrors, MAX_PARAM_LENGTH } from './http/client-errors.js';
import { registerErrorHandling } from './http/error-handler.js';
import { AppError } from './http/errors.js';
import { registerJsonBody } from './http/json-body.js';
import { registerOpenApi } from './http/openapi.js';
import { connectRedis, registerRateLimits } from './http/rate-limit.js';
import { ErrorBody } from './http/schema-helpers.js';
import { registerSecurity } from './http/security.js';
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
  redact: [
    'req.headers.authorization',
    'req.headers.cookie',
    'req.headers["x-api-key"]',
    'res.headers["set-cookie"]',
    '*.password',
    '*.current_password',
    '*.new_password',
    '*.password_hash',
    '*.token',
  ],
  // The calendar link carries its secret in the query (?token=): logged without it.
  serializers: {
    req: (request: { method: string; url: string; hostname?: string; ip?: string }) => ({
      method: request.method,
      url: redactQueryToken(request.url),
      host: request.hostname,
      remoteAddress: request.ip,
    }),
  },
});

/** `?token=secret` becomes `?token=[redacted]`. */
export const redactQueryToken = (url: string) =>
  url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');

/**
 * What one connection may hold. The whole request, headers and body, must arrive within 20 s
 * (Node checks every 5 s), so a client that trickles a body is dropped within 25 s; a socket on
 * which nothing moves for 5 minutes is closed (answer streams send a keep-alive every 15 s); an
 * idle keep-alive connection is closed after 10 s. There is no cap on requests per connection:
 * past it Node answers a client that sends its next request before seeing `Connection: close`
 * with a bare 503 (the bench's load generator got tens of thousands), and the connection cap
 * and timeouts already bound what one client holds. Bodies stop at 1 MB (413).
 */
export const SERVER_LIMITS = {
  requestTimeout: 20_000,
  connectionTimeout: 300_000,
  keepAliveTimeout: 10_000,
  maxRequestsPerSocket: 0,
  bodyLimit: 1024 * 1024,
  http: { headersTimeout: 10_000, connectionsCheckingInterval: 5_000 },
} as const;

/** Every feature, in the order its routes appear in the API document. */
const features = [
  metaRoutes,
  authRoutes,
  usersRoutes,
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
  pipelineRoutes,
  tasksRoutes,
  calendarRoutes,
  transferRoutes,
  practiceRoutes,
];

/**
 * Past `max` open connections Node drops new ones at once, before any byte is read: the cost of
 * a flood stays bounded. Logged at most once a minute, with how many were dropped.
 */
function capConnections(app: App, max: number) {
  if (max === 0) return;
  app.server.maxConnections = max;
  let dropped = 0;
  let lastLog = 0;
  app.server.on('drop', () => {
    dropped++;
    if (Date.now() - lastLog < 60_000) return;
    lastLog = Date.now();
    app.log.warn(
      { dropped, max_connections: max },
      'connection limit reached: dropping new connections',
    );
    dropped = 0;
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A hop count trusts that many proxies nearest the server (as proxy-addr counts them). */
const trustedProxies = (trust: Config['trustProxy']) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;

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
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    ...SERVER_LIMITS,
    http: { ...SERVER_LIMITS.http },
    // Errors before routing (unparseable requests, unreadable URLs) in the one error shape.
    clientErrorHandler,
    frameworkErrors,
    // While closing, requests get our 503 shutting_down (below), not Fastify's own body.
    return503OnClosing: false,
    requestIdHeader: 'x-request-id',
    // Behind a TLS-terminating proxy: the client's address and scheme come from its headers.
    trustProxy: trustedProxies(config.trustProxy),
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
  registerJsonBody(app);
  app.setValidatorCompiler(validatorCompiler);
  // Shared shapes, published under components/schemas and referenced by $id.
  app.addSchema(ErrorBody);
  app.addSchema(AgentStreamEvent);
  registerErrorHandling(app);
  // Once app.close() has begun (SIGTERM), a request arriving on a connection still open is
  // turned away at once, in the error shape: /api/ready says why, and a load balancer moves on.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async () => {
    if (closing) {
      throw new AppError('shutting_down', 'The server is shutting down; retry in a moment');
    }
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Before the answer leaves, so a client that reads right after its write sees the write.
    if (!SAFE_METHODS.has(request.method) && reply.statusCode < 400) recordWrite();
  });

  if (database.maintain) {
    const maintenance = scheduleMaintenance({
      maintain: () => database.maintain?.() ?? Promise.resolve(),
      writes: writeCount,
      log: app.log,
    });
    app.addHook('onRequest', async () => maintenance.noteRequest());
    app.addHook('onClose', async () => maintenance.stop());
  }

  capConnections(app, config.limits.maxConnections);
  await registerSecurity(app, config);
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, app) : undefined;
  if (redis)
    app.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())));
  await registerRateLimits(app, { limits: config.limits, auth: config.auth, redis });
  await registerOpenApi(app);
  const auth = createAuthService({ db: database.db, config });
  const localOwner = await auth.bootstrap(app.log);
  registerAuthentication(app, { config, authenticator: auth, localOwner });

  for (const feature of features) {
    await app.register(feature, { config, database, llm, router, heartbeatMs });
  }
  await registerWebApp(app, config.webDir ?? DEFAULT_WEB_DIR);
  return app;
}
