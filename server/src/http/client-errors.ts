// Errors Fastify answers before a request reaches a route, in the one error shape
// `{detail, code, request_id}` instead of Fastify's own `{error, message, statusCode}`:
// requests Node cannot parse (headers over 16 KB, a stalled client, not HTTP at all), and URLs
// the router cannot read (a broken percent-encoding, a path parameter over 100 characters).
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from './errors.js';

/** The longest path parameter the router reads (Fastify's default); longer is a 400. */
export const MAX_PARAM_LENGTH = 100;

function clientError(error: NodeJS.ErrnoException): AppError {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new AppError(
        'headers_too_large',
        'The request line and headers are larger than 16 KB: send long values in a JSON body',
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new AppError(
        'request_timeout',
        'The request did not arrive in time: headers within 10 s, the whole request within 20 s',
      );
    default:
      return new AppError(
        'validation_error',
        `The request is not valid HTTP/1.1 (${String(error.code ?? 'unknown error').slice(0, 40)})`,
      );
  }
}

/**
 * Node's `clientError`: there is no request object, only the socket, so the response is
 * written by hand, then the connection is closed as Node itself would.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const appError = clientError(error);
    const requestId = randomUUID();
    const body = JSON.stringify({
      detail: appError.message,
      code: appError.code satisfies ErrorCode,
      request_id: requestId,
    });
    socket.write(
      `HTTP/1.1 ${appError.statusCode} ${STATUS_CODES[appError.statusCode]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}

/** Fastify's `frameworkErrors`: a URL the router could not read. */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const path = request.url.split('?')[0] ?? '';
  const shown = path.length > 120 ? `${path.slice(0, 120)}…` : path;
  const appError =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError(
          'validation_error',
          `A path parameter is longer than ${MAX_PARAM_LENGTH} characters: ${shown}`,
        )
      : error.code === 'FST_ERR_BAD_URL'
        ? new AppError('validation_error', `The path is not valid percent-encoding: ${shown}`)
        : new AppError('internal_error', 'Internal server error');
  if (appError.code === 'internal_error') request.log.error({ code: error.code }, error.message);
  void reply
    .status(appError.statusCode)
    .send({ detail: appError.message, code: appError.code, request_id: String(request.id) });
}
