// Who is asking, and whose rows they see. With AUTH=password every /api route but the few
// marked public needs a session cookie or a Bearer token; a cookie-authenticated write must come
// from an allowed origin (a page elsewhere cannot ride on the browser's cookie); and the OpenAPI
// document says so per operation. With AUTH=none nothing is checked and every request sees the
// local owner's rows. Features read the outcome from `request.owner` and `request.user`.
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { Config } from '../config.js';
import type { OwnerId } from '../db/owner.js';
import { AppError } from './errors.js';
import { isAllowedOrigin } from './security.js';

/** The signed-in user a request acts for. */
export interface Caller {
  user_id: number;
  email: string;
  role: 'owner' | 'member';
  /** The session's hash when the cookie authenticated the request; null for a Bearer token. */
  session_hash: string | null;
}

/** What the app needs from the accounts feature to authenticate a request. */
export interface Authenticator {
  bySession(sessionId: string): Promise<Caller | undefined>;
  byToken(token: string): Promise<Caller | undefined>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; null with AUTH=none and on public routes. */
    user: Caller | null;
    /** Whose rows this request reads and writes (db/owner.ts). */
    owner: OwnerId;
  }
  interface FastifyContextConfig {
    /**
     * `public`: no credentials needed or read (health, login); `optional`: read when sent
     * (status, logout). Unset: required.
     */
    auth?: 'public' | 'optional';
  }
}

export const SESSION_COOKIE = 'its_session';

/** OpenAPI security schemes, published under components.securitySchemes. */
export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session `POST /api/auth/login` sets (AUTH=password).',
  },
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal token from `POST /api/auth/tokens` (AUTH=password).',
  },
};
const SECURITY: { [scheme: string]: string[] }[] = [{ sessionCookie: [] }, { bearerToken: [] }];

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The value of one cookie of a Cookie header; names are case-sensitive. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The session cookie: unreadable to scripts, not sent on cross-site subrequests or posts. */
export function sessionCookie(
  request: FastifyRequest,
  value: string | null,
  maxAgeSeconds: number,
): string {
  const attributes = [
    `${SESSION_COOKIE}=${value ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${value === null ? 0 : maxAgeSeconds}`,
  ];
  // Fastify's protocol follows X-Forwarded-Proto only from a proxy TRUST_PROXY trusts.
  if (request.protocol === 'https') attributes.push('Secure');
  return attributes.join('; ');
}

const bearerOf = (request: FastifyRequest) => {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
};

const originOf = (value: string | undefined) => {
  try {
    return value ? new URL(value).origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * A write that the browser's cookie would authenticate must come from a page that may use this
 * API. Browsers send Origin on every POST, PUT and DELETE; without it, Sec-Fetch-Site or the
 * Referer must place the request on this site, and a cookie write that says nothing about where
 * it came from is refused (scripts use a Bearer token, which no page can send for them).
 */
function assertSameOrigin(request: FastifyRequest, config: Config, cookieSent: boolean) {
  const refuse = () =>
    new AppError(
      'forbidden',
      'A write with the session cookie must come from this app or an origin in CORS_ORIGINS; scripts send Authorization: Bearer <token>',
    );
  const { origin, host, referer } = request.headers;
  if (origin !== undefined) {
    if (!isAllowedOrigin(origin, host, config.corsOrigins)) throw refuse();
    return;
  }
  if (!cookieSent) return;
  const site = request.headers['sec-fetch-site'];
  if (site === 'same-origin' || site === 'none') return;
  const from = originOf(referer);
  if (site === undefined && from && isAllowedOrigin(from, host, config.corsOrigins)) return;
  throw refuse();
}

export interface AuthenticationOptions {
  config: Config;
  authenticator: Authenticator;
  /** AUTH=none: whose rows every request sees (the owner account once there is one). */
  localOwner: OwnerId;
}

/**
 * The operations' contract names their credentials and the 401/403 they may answer in both
 * modes, so the document (and the client generated from it) is one whatever AUTH is; with
 * AUTH=none nothing enforces them.
 */
function documentSecurity(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || typeof route.schema?.response !== 'object') return;
    const access = route.config?.auth;
    const writes = [route.method].flat().some((method) => UNSAFE_METHODS.has(method));
    const added: Record<number, unknown> = {};
    if (access === undefined) added[401] = { $ref: 'Error#' };
    if (writes) added[403] = { $ref: 'Error#' };
    route.schema = {
      ...route.schema,
      ...(access === undefined ? { security: SECURITY } : {}),
      response: { ...route.schema.response, ...added },
    };
  });
}

export function registerAuthentication(
  app: FastifyInstance,
  { config, authenticator, localOwner }: AuthenticationOptions,
): void {
  app.decorateRequest('user', null);
  app.decorateRequest('owner', null);
  documentSecurity(app);

  if (config.auth.mode === 'none') {
    if (localOwner !== null) {
      app.addHook('onRequest', async (request) => {
        request.owner = localOwner;
      });
    }
    return;
  }

  async function identify(request: FastifyRequest): Promise<Caller | undefined> {
    // An Authorization header speaks for the request: one that is not a Bearer token is not
    // valid, and the cookie is not consulted behind it (its origin was not checked).
    if (request.headers.authorization !== undefined) {
      const token = bearerOf(request);
      return token === undefined ? undefined : authenticator.byToken(token);
    }
    const session = readCookie(request.headers.cookie, SESSION_COOKIE);
    return session ? authenticator.bySession(session) : undefined;
  }

  /**
   * `public` routes read no credentials; `optional` ones read what is sent; the rest need a
   * caller. A write not made with a Bearer token is origin-checked on every kind.
   */
  const authenticate =
    (access: 'public' | 'optional' | undefined): onRequestHookHandler =>
    async (request: FastifyRequest) => {
      const bearer = request.headers.authorization !== undefined;
      const cookieSent = readCookie(request.headers.cookie, SESSION_COOKIE) !== undefined;
      if (!bearer && UNSAFE_METHODS.has(request.method)) {
        assertSameOrigin(request, config, cookieSent);
      }
      if (access === 'public') return;
      const caller = bearer || cookieSent ? await identify(request) : undefined;
      if (caller) {
        request.user = caller;
        request.owner = caller.user_id;
        return;
      }
      if (access === 'optional') return;
      throw new AppError(
        'unauthorized',
        bearer
          ? 'The Bearer token is not valid: it was revoked, its user disabled, or it is mistyped'
          : cookieSent
            ? 'Your session has ended: log in again'
            : 'Log in first (POST /api/auth/login), or send Authorization: Bearer <token>',
      );
    };
  const hooks = {
    public: authenticate('public'),
    optional: authenticate('optional'),
    required: authenticate(undefined),
  };

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const existing = route.onRequest ? [route.onRequest].flat() : [];
    // First, so that nothing else (the agents' rate limit) runs for a stranger.
    route.onRequest = [
      hooks[route.config?.auth ?? 'required'],
      ...existing,
    ] as typeof route.onRequest;
  });
}
