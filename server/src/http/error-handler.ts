// The one place errors become HTTP responses: `{detail, code, request_id}` with `detail` first,
// as the API contract promises. The status always comes from ERROR_STATUS; anything
// unexpected is logged and masked as a 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from './errors.js';

export interface PgErrorLike {
  code: string;
  constraint?: string;
  column?: string;
}

/** Drizzle wraps driver errors; the SQLSTATE is on the cause. */
export function findPgError(error: unknown): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const candidate = current as Partial<PgErrorLike> & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return candidate as PgErrorLike;
    }
    current = candidate.cause;
  }
  return undefined;
}

type DatabaseRejection = [ErrorCode, (pgError: PgErrorLike) => string];
const constraintOf = (pgError: PgErrorLike) =>
  pgError.constraint ? ` (${pgError.constraint})` : '';
const nulText = (): string => 'Text must not contain NUL (\\u0000) characters';
const badFormat = (): string => 'A value has an invalid format';

/**
 * SQLSTATEs that mean the client's data broke a rule. The services check what a client can get
 * wrong before writing; this is the safety net for a race (two creates of the same name) or a
 * rule only the database knows, so it is still a 4xx.
 */
export const DATABASE_REJECTIONS: Record<string, DatabaseRejection> = {
  '23505': ['conflict', (e) => `A record with these values already exists${constraintOf(e)}`],
  '23503': [
    'conflict',
    (e) => `A referenced record does not exist or is still in use${constraintOf(e)}`,
  ],
  '23502': ['validation_error', (e) => `${e.column ?? 'A required field'} must not be null`],
  '23514': ['validation_error', (e) => `A value is out of the allowed range${constraintOf(e)}`],
  '22001': ['validation_error', () => 'A value is longer than its field allows'],
  '22003': ['validation_error', () => 'A number is out of range'],
  '22021': ['validation_error', nulText],
  '22P05': ['validation_error', nulText],
  '22007': ['validation_error', badFormat],
  '22008': ['validation_error', badFormat],
  '22P02': ['validation_error', badFormat],
};

// The database is down, unreachable, restarting or too slow: the request may work later, so a
// 503, not a 500. Node's socket errors, PostgreSQL's connection (08xxx), shutdown (57P0x), too
// many connections and statement-timeout states, and the drivers' own messages.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
]);
// "timeout expired" is node-postgres's connect timeout as the socket reports it (the same
// timeout also surfaces as "Connection terminated due to connection timeout", depending on
// which event wins): under load on a silent database it was a 500.
const UNAVAILABLE_MESSAGES =
  /connection terminated|timeout exceeded|timeout expired|not queryable|pglite is closed|connection ended|server closed the connection|query read timeout|after calling end on the pool/i;

/** True when an error (or one it wraps) says the database could not be reached in time. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    const code = typeof candidate.code === 'string' ? candidate.code : '';
    if (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) {
      return true;
    }
    current = candidate.cause;
  }
  return false;
}

/**
 * Why the database failed, in one line a client may read: the driver's own message
 * ("connect ECONNREFUSED 127.0.0.1:5432", "timeout exceeded when trying to connect"), not the
 * query wrapper around it, whose message is the SQL and its parameters.
 */
export function databaseFailureReason(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as {
      message?: unknown;
      code?: unknown;
      query?: unknown;
      params?: unknown;
      cause?: unknown;
    };
    const wrapper = typeof candidate.query === 'string' && Array.isArray(candidate.params);
    // Node's AggregateError (every address refused) has an empty message and the code.
    const text = typeof candidate.message === 'string' ? candidate.message.trim() : '';
    const reason = text || (typeof candidate.code === 'string' ? candidate.code : '');
    if (!wrapper && reason) return reason.replace(/\s+/g, ' ').slice(0, 200);
    current = candidate.cause;
  }
  return 'unknown error';
}

/**
 * What the log may say about an error: its shape, never user data. A failed query's message
 * carries the statement's parameters (a 1 MB note becomes a 1 MB log line), so it is reduced
 * to the SQL text, the parameter count and the driver's own error.
 */
export function loggable(error: unknown): Record<string, unknown> {
  const failed = error as { query?: unknown; params?: unknown[]; cause?: unknown };
  if (typeof failed.query === 'string' && Array.isArray(failed.params)) {
    const cause = failed.cause as { code?: unknown; message?: unknown } | undefined;
    return {
      type: 'DatabaseQueryError',
      query: failed.query.slice(0, 300),
      params: failed.params.length,
      cause: { code: cause?.code, message: String(cause?.message ?? '').slice(0, 300) },
    };
  }
  const plain = error as { name?: unknown; message?: unknown; code?: unknown; stack?: unknown };
  return {
    type: plain?.name,
    code: plain?.code,
    message: String(plain?.message ?? error).slice(0, 500),
    stack:
      typeof plain?.stack === 'string' ? plain.stack.split('\n').slice(0, 8).join('\n') : undefined,
  };
}

interface ClientError {
  code: ErrorCode;
  detail?: string;
}

/** Fastify's own 4xx errors, in our vocabulary; any other 4xx is a validation error. */
const FASTIFY_CLIENT_ERRORS: Record<string, ClientError> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'validation_error',
    detail: 'Unsupported Content-Type: send the body as application/json',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'validation_error',
    detail: 'The request body is empty but Content-Type is application/json',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large' },
};

function send(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  return reply
    .status(error.statusCode)
    .send({ detail: error.message, code: error.code, request_id: String(request.id) });
}

/** Turns anything thrown into an AppError; undefined when it is a bug to be masked. */
function classify(error: FastifyError, request: FastifyRequest): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error.validation) return new AppError('validation_error', error.message);
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new AppError('validation_error', `Malformed JSON in request body: ${error.message}`);
  }
  const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
  if (known) return new AppError(known.code, known.detail ?? error.message);

  const pgError = findPgError(error);
  const rejection = pgError && DATABASE_REJECTIONS[pgError.code];
  if (pgError && rejection) {
    request.log.info(
      { sqlstate: pgError.code, constraint: pgError.constraint },
      'database rejected a write',
    );
    const [code, detail] = rejection;
    return new AppError(code, detail(pgError));
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: loggable(error) }, 'database unavailable');
    return new AppError(
      'database_unavailable',
      'The database is not reachable right now; try again in a moment',
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('validation_error', error.message);
  }
  return undefined;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = classify(error, request);
    if (!appError) {
      request.log.error({ err: loggable(error) }, 'unhandled error');
      return send(reply, request, new AppError('internal_error', 'Internal server error'));
    }
    if (appError.statusCode >= 500) request.log.warn({ code: appError.code }, appError.message);
    return send(reply, request, appError);
  });

  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      request,
      new AppError('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`),
    ),
  );
}
