// What a page on another site may do with this server, and what the server tells browsers about
// its own pages: the Host names it answers to (DNS rebinding), the origins that may read the API
// (CORS), security headers with one Content-Security-Policy for the app and both API docs, and a
// warning when it listens beyond this machine without a login. Accounts (AUTH=password) and the
// origin check of cookie writes are in authentication.ts.
import { createHash } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Config, isLoopback } from '../config.js';
import { AppError } from './errors.js';

/** Host names (as in a Host header or a URL) that always mean this machine. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const ANY_INTERFACE = ['', '0.0.0.0', '::', '[::]'];

export { isLoopback };

/** The host part of a Host header: lower case, IPv6 in brackets, no port, no trailing dot. */
export function hostName(header: string): string {
  const lower = header.trim().toLowerCase();
  const name = lower.startsWith('[')
    ? lower.slice(0, lower.indexOf(']') + 1)
    : lower.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

const asHostName = (host: string) => (host.includes(':') ? `[${host}]` : host).toLowerCase();

/**
 * The Host names served, or undefined when any is. Bound to loopback, only a page on this
 * machine can connect — unless an attacker's name is made to resolve to 127.0.0.1 (DNS
 * rebinding), in which case the browser sends that name as Host and treats the attacker's page
 * as same-origin. Refusing unknown names closes that door. Bound to a network address the check
 * is on only when ALLOWED_HOSTS names who may be asked for.
 */
export function servedHosts(config: Pick<Config, 'host' | 'allowedHosts'>) {
  if (config.allowedHosts === true) return undefined;
  if (!isLoopback(config.host) && config.allowedHosts.length === 0) return undefined;
  const names = new Set([...LOOPBACK_NAMES, ...config.allowedHosts]);
  if (!ANY_INTERFACE.includes(config.host)) names.add(asHostName(config.host));
  return names;
}

/**
 * Origins whose pages may read the API: the app's own (its Origin names the Host it asked),
 * any loopback page (a front end under development at http://localhost:4200), and CORS_ORIGINS.
 * Never `null`: sandboxed frames, file:// pages and some redirects send it, and any site can
 * produce one.
 */
export function isAllowedOrigin(
  origin: string,
  host: string | undefined,
  listed: Config['corsOrigins'],
): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return false;
  if (listed === true) return true;
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  if (LOOPBACK_NAMES.includes(url.hostname)) return true;
  return listed.includes(origin);
}

/** Every method the API uses; a browser asks before sending any but GET, HEAD and POST. */
export const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'];
const CORS_REQUEST_HEADERS = [
  'content-type',
  'accept',
  'authorization',
  'x-request-id',
  'last-event-id',
];
/** Response headers a cross-origin page may read, beyond the few every page may. */
const CORS_EXPOSED_HEADERS = [
  'x-request-id',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
];

/**
 * Angular inlines the critical CSS and loads the rest with
 * `<link media="print" onload="this.media='all'">`. That one handler is allowed by its hash, not
 * every inline handler by 'unsafe-inline'.
 */
const STYLESHEET_ONLOAD = "this.media='all'";
const hashOf = (source: string) =>
  `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

/**
 * One policy for the web app, Swagger UI (/docs) and ReDoc (/redoc): everything from this
 * origin, nothing from anywhere else. Inline styles are allowed because Angular Material, Swagger
 * UI and ReDoc all set them at run time; ReDoc runs its search in a worker made from a blob.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'unsafe-hashes'", hashOf(STYLESHEET_ONLOAD)],
  'style-src': ["'self'", "'unsafe-inline'"],
  'worker-src': ["'self'", 'blob:'],
};

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const served = servedHosts(config);
  if (served) {
    app.addHook('onRequest', async (request: FastifyRequest) => {
      // HTTP/1.0 may omit Host; a browser never does, so no rebinding page can.
      const header = request.headers.host;
      if (header === undefined) return;
      const name = hostName(header);
      if (served.has(name)) return;
      throw new AppError(
        'forbidden_host',
        `This server does not answer to the host name "${name.slice(0, 100)}": open it at localhost or 127.0.0.1, or add the name to ALLOWED_HOSTS`,
      );
    });
  }

  // A preflight the API refuses is an error in the API's shape, saying why, rather than an
  // empty 204 (or @fastify/cors's plain-text 400): the developer of a front end on another
  // origin sees the reason in the browser's network panel. Runs before the CORS plugin's hook.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.method !== 'OPTIONS') return;
    const origin = request.headers.origin;
    if (origin === undefined || request.headers['access-control-request-method'] === undefined) {
      throw new AppError(
        'validation_error',
        'OPTIONS is answered only as a CORS preflight: send Origin and Access-Control-Request-Method',
      );
    }
    if (!isAllowedOrigin(origin, request.headers.host, config.corsOrigins)) {
      throw new AppError(
        'forbidden_origin',
        `Pages from the origin "${origin.slice(0, 100)}" may not call this API: add it to CORS_ORIGINS`,
      );
    }
  });

  await app.register(cors, {
    delegator: (request, callback) => {
      const origin = request.headers.origin;
      const allowed =
        origin !== undefined && isAllowedOrigin(origin, request.headers.host, config.corsOrigins);
      callback(null, {
        // An empty list answers without Access-Control-Allow-Origin: the browser keeps the
        // response from the page.
        origin: allowed ? origin : [],
        methods: CORS_METHODS,
        allowedHeaders: CORS_REQUEST_HEADERS,
        exposedHeaders: CORS_EXPOSED_HEADERS,
        maxAge: 600,
      });
    },
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: 'deny' },
    // The app speaks plain HTTP; whether a name is HTTPS-only is for the TLS proxy in front of
    // it to say, and a year-long pin from a misconfigured one is hard to undo.
    strictTransportSecurity: false,
  });

  app.addHook('onListen', async () => {
    const address = app.server.address();
    if (address && typeof address === 'object' && !isLoopback(address.address)) {
      if (config.auth.mode === 'none') {
        app.log.warn(
          { address: address.address, port: address.port },
          'listening on a network address with AUTH=none: anyone who can reach this machine can read and change all the data; set AUTH=password, or HOST=127.0.0.1 to keep it to this machine',
        );
      }
    }
  });
}
