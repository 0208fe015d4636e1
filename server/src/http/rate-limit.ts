// Limits on the agents, the one part of the API that can cost money (a paid model) or hold a
// model for minutes: requests per client address per window, counted in memory or, with
// REDIS_URL, in Redis so that every instance shares one count; and a cap on the answer streams
// one address may hold open at once. Login attempts are counted the same way, per address and
// per account, against password guessing. All answer 429 rate_limited with Retry-After.
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestHookHandler,
  RouteOptions,
} from 'fastify';
import { Redis } from 'ioredis';
import type { AuthConfig, Limits } from '../config.js';
import { AppError } from './errors.js';

const AGENT_ROUTES = '/api/agents/';
/** Routes that hold a model for a whole answer: counted, and capped per address while open. */
const STREAM_ROUTES = new Set(['/api/agents/answer-stream', '/api/agents/feedback-stream']);
/** Outside /api/agents/, routes that ask an agent too: a mock interview's answers. */
const OTHER_AGENT_ROUTES = new Set(['/api/practice/sessions/:session_id/answers']);
const LOGIN_ROUTE = '/api/auth/login';
/** The Redis keys' prefix: instances that share it share the count. */
export const RATE_LIMIT_NAMESPACE = 'interview-tracker:limits:';
/** A closed stream frees its place at once; a second is a fair time to try again. */
const STREAM_RETRY_AFTER_S = 1;

const WINDOW_NAMES: Record<number, string> = { 1000: 'second', 60000: 'minute', 3600000: 'hour' };
const per = (windowMs: number) => WINDOW_NAMES[windowMs] ?? `${windowMs / 1000} s`;

/** One address, as the rate limiter keys it: an IPv6 client is its /64, as it usually owns one. */
const clientOf = (request: FastifyRequest) => normalizeIP(request.ip);

/**
 * A client for REDIS_URL that fails fast: while Redis is down a command errors at once (no
 * queue, one retry) and the limiter lets the request through rather than failing it, so an
 * outage of the counter is not an outage of the API. Resolves once connected, or after 2 s.
 */
export async function connectRedis(url: string, app: FastifyInstance): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    app.log.warn(
      { err: error },
      'Redis at REDIS_URL is not reachable: agent rate limits are not counted until it is',
    );
  });
  redis.on('ready', () => {
    if (down) app.log.info('Redis at REDIS_URL is back: agent rate limits are counted again');
    down = false;
  });
  await Promise.race([
    redis.connect().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, 2000).unref()),
  ]);
  return redis;
}

/** The cap on open answer streams per address: the count rises here and falls when it closes. */
function streamCap(max: number): onRequestHookHandler {
  const open = new Map<string, number>();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const client = clientOf(request);
    const count = open.get(client) ?? 0;
    if (count >= max) {
      reply.header('retry-after', String(STREAM_RETRY_AFTER_S));
      throw new AppError(
        'rate_limited',
        `At most ${max} answer streams at once from one address: let one finish or close it, then retry`,
      );
    }
    open.set(client, count + 1);
    reply.raw.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    });
  };
}

export interface RateLimitOptions {
  limits: Limits;
  auth: Pick<AuthConfig, 'loginRequests' | 'loginWindowMs'>;
  /** Set → counts live there; otherwise in this process's memory. */
  redis?: Redis | undefined;
}

/** The 429 joins the route's documented contract, though the route does not enforce it. */
function document429(route: RouteOptions) {
  if (route.schema?.response && typeof route.schema.response === 'object') {
    route.schema = {
      ...route.schema,
      response: { ...route.schema.response, 429: { $ref: 'Error#' } },
    };
  }
}

/**
 * Login attempts per address (before the body is read) and per account (once it is): one
 * address cannot try many passwords, nor many addresses one account's. Every attempt counts.
 */
function loginLimits(
  app: FastifyInstance,
  { loginRequests: max, loginWindowMs }: RateLimitOptions['auth'],
) {
  const window = per(loginWindowMs);
  // One store serves every limiter: the key says which count it is.
  const byAddress = app.rateLimit({
    max,
    timeWindow: loginWindowMs,
    keyGenerator: (request) => `login:address:${clientOf(request)}`,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'rate_limited',
        `Too many login attempts from this address: at most ${context.max} per ${window}; retry in ${context.after}`,
      ),
  });
  // A second count on one request: rateLimit() runs once per request, createRateLimit() only
  // counts and leaves the answer to us.
  const accountCount = app.createRateLimit({
    max,
    timeWindow: loginWindowMs,
    keyGenerator: (request) =>
      `login:account:${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
  });
  const byAccount = async (request: FastifyRequest, reply: FastifyReply) => {
    const count = await accountCount(request);
    if (!('isExceeded' in count) || !count.isExceeded) return;
    reply.header('retry-after', String(count.ttlInSeconds));
    throw new AppError(
      'rate_limited',
      `Too many login attempts for this account: at most ${max} per ${window}; retry in ${count.ttlInSeconds} s`,
    );
  };
  app.addHook('onRoute', (route) => {
    if (route.url !== LOGIN_ROUTE) return;
    route.onRequest = [...(route.onRequest ? [route.onRequest].flat() : []), byAddress];
    route.preHandler = [...(route.preHandler ? [route.preHandler].flat() : []), byAccount];
    document429(route);
  });
}

/**
 * Adds the limits to every /api/agents/* route and to login, registered after this, and
 * documents the 429 on each.
 */
export async function registerRateLimits(
  app: FastifyInstance,
  { limits, auth, redis }: RateLimitOptions,
): Promise<void> {
  const hooks: { all: onRequestHookHandler[]; streams: onRequestHookHandler[] } = {
    all: [],
    streams: [],
  };
  if (limits.agentRequests > 0 || auth.loginRequests > 0) {
    await app.register(rateLimit, {
      global: false,
      max: limits.agentRequests,
      timeWindow: limits.agentWindowMs,
      keyGenerator: clientOf,
      ...(redis ? { redis, nameSpace: RATE_LIMIT_NAMESPACE } : {}),
      skipOnError: true,
      errorResponseBuilder: (_request, context) =>
        new AppError(
          'rate_limited',
          `Too many requests to the agents: at most ${context.max} per ${per(limits.agentWindowMs)} from one address; retry in ${context.after}`,
        ),
    });
  }
  if (auth.loginRequests > 0) loginLimits(app, auth);
  if (limits.agentRequests > 0) hooks.all.push(app.rateLimit());
  if (limits.agentStreams > 0) hooks.streams.push(streamCap(limits.agentStreams));
  if (hooks.all.length + hooks.streams.length === 0) return;

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(AGENT_ROUTES) && !OTHER_AGENT_ROUTES.has(route.url)) return;
    const added = STREAM_ROUTES.has(route.url) ? [...hooks.all, ...hooks.streams] : hooks.all;
    if (added.length === 0) return;
    const existing = route.onRequest ? [route.onRequest].flat() : [];
    route.onRequest = [...existing, ...added] as typeof route.onRequest;
    document429(route);
  });
}
