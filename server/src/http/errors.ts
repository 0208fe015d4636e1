// The closed set of errors the API returns. Each code has exactly one HTTP status, looked up
// here; services throw `new AppError(code, message)` and one renderer (error-handler.ts) turns
// it into `{detail, code, request_id}`. The OpenAPI document publishes the codes as an enum.

export const ERROR_CODES = [
  'validation_error',
  'not_found',
  'conflict',
  'payload_too_large',
  'request_timeout',
  'headers_too_large',
  'unauthorized',
  'forbidden_origin',
  'forbidden',
  'forbidden_host',
  'rate_limited',
  'internal_error',
  'upstream_unavailable',
  'database_unavailable',
  'shutting_down',
  'upstream_timeout',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_STATUS = {
  validation_error: 400,
  not_found: 404,
  // The API contract makes duplicate names and still-referenced rows a 400, not a 409.
  conflict: 400,
  payload_too_large: 413,
  // The request did not arrive whole within the server's time limits (a stalled client).
  request_timeout: 408,
  // The request line and headers together are over Node's 16 KB limit.
  headers_too_large: 431,
  unauthorized: 401,
  // A CORS preflight from a page whose origin may not call the API (see security.ts).
  forbidden_origin: 403,
  // Signed in, but not allowed: a member managing users, or a cookie write from another origin.
  forbidden: 403,
  // A Host header this server does not answer to (DNS rebinding: a page on an attacker's name
  // resolved to 127.0.0.1). 421 Misdirected Request says exactly that — the request reached a
  // server that does not serve that name — and keeps 403 for a refused permission.
  forbidden_host: 421,
  rate_limited: 429,
  internal_error: 500,
  // The model provider failed or answered with an error.
  upstream_unavailable: 502,
  // Our own database is down: the service is unavailable, retrying later may work.
  database_unavailable: 503,
  // The server is stopping (SIGTERM): retry against it after the restart, or another instance.
  shutting_down: 503,
  upstream_timeout: 504,
} as const satisfies Record<ErrorCode, number>;

export class AppError extends Error {
  override name = 'AppError';
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.statusCode = ERROR_STATUS[code];
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export const validationError = (detail: string) => new AppError('validation_error', detail);

export const notFound = (detail: string) => new AppError('not_found', detail);

export const conflict = (detail: string) => new AppError('conflict', detail);

export const upstreamUnavailable = (detail: string) => new AppError('upstream_unavailable', detail);

export const upstreamTimeout = (detail: string) => new AppError('upstream_timeout', detail);

export const unauthorized = (detail: string) => new AppError('unauthorized', detail);

export const forbidden = (detail: string) => new AppError('forbidden', detail);
