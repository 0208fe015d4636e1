// The one place errors become HTTP responses: `{detail, code, request_id}` with `detail` first,
// as the API contract promises. Anything unexpected is logged and masked as a 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from './errors.js';

interface PgErrorLike {
  code: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

/** Drizzle wraps driver errors; the SQLSTATE is on the cause. */
function findPgError(error: unknown): PgErrorLike | undefined {
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

/**
 * The services check what a client can get wrong before writing; this is the safety net for a
 * race (two creates of the same name) or a rule only the database knows, so it is still a 4xx.
 */
function fromDatabase(pgError: PgErrorLike): AppError | undefined {
  const what = pgError.constraint ? ` (${pgError.constraint})` : '';
  switch (pgError.code) {
    case '23505':
      return new AppError('conflict', 400, `A record with these values already exists${what}`);
    case '23503':
      return new AppError(
        'conflict',
        400,
        `A referenced record does not exist or is still in use${what}`,
      );
    case '23502':
      return new AppError(
        'validation_error',
        400,
        `${pgError.column ?? 'A required field'} must not be null`,
      );
    case '23514':
      return new AppError('validation_error', 400, `A value is out of the allowed range${what}`);
    case '22001':
      return new AppError('validation_error', 400, 'A value is longer than its field allows');
    case '22003':
      return new AppError('validation_error', 400, 'A number is out of range');
    case '22021':
    case '22P05':
      return new AppError(
        'validation_error',
        400,
        'Text must not contain NUL (\\u0000) characters',
      );
    case '22007':
    case '22008':
    case '22P02':
      return new AppError('validation_error', 400, 'A value has an invalid format');
    default:
      return undefined;
  }
}

const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; code: ErrorCode; detail?: string }> =
  {
    FST_ERR_CTP_INVALID_MEDIA_TYPE: {
      status: 400,
      code: 'validation_error',
      detail: 'Unsupported Content-Type: send the body as application/json',
    },
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'validation_error' },
    FST_ERR_CTP_EMPTY_JSON_BODY: {
      status: 400,
      code: 'validation_error',
      detail: 'The request body is empty but Content-Type is application/json',
    },
    FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'validation_error' },
  };

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode,
  detail: string,
) {
  return reply.status(status).send({ detail, code, request_id: String(request.id) });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.statusCode >= 500) request.log.warn({ err: error }, error.message);
      return send(reply, request, error.statusCode, error.code, error.message);
    }
    if (error.validation) {
      return send(reply, request, 400, 'validation_error', error.message);
    }
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return send(
        reply,
        request,
        400,
        'validation_error',
        `Malformed JSON in request body: ${error.message}`,
      );
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) return send(reply, request, known.status, known.code, known.detail ?? error.message);

    const pgError = findPgError(error);
    const mapped = pgError && fromDatabase(pgError);
    if (mapped) {
      request.log.info(
        { sqlstate: pgError.code, constraint: pgError.constraint },
        'database rejected a write',
      );
      return send(reply, request, mapped.statusCode, mapped.code, mapped.message);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, request, error.statusCode, 'validation_error', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'internal_error', 'Internal server error');
  });

  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      request,
      404,
      'not_found',
      `No route for ${request.method} ${request.url.split('?')[0]}`,
    ),
  );
}
