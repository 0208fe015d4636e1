// The closed set of errors a service may throw. Each knows its HTTP status; one renderer
// (error-handler.ts) turns them into `{detail, code, request_id}`.

export type ErrorCode =
  | 'validation_error'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'rate_limited'
  | 'upstream_unavailable'
  | 'upstream_timeout'
  | 'internal_error';

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export const validationError = (detail: string) => new AppError('validation_error', 400, detail);

export const notFound = (detail: string) => new AppError('not_found', 404, detail);

/** CONTRACT.md: duplicate names and still-referenced rows are a 400, not a 409. */
export const conflict = (detail: string) => new AppError('conflict', 400, detail);

export const upstreamUnavailable = (detail: string) =>
  new AppError('upstream_unavailable', 502, detail);

export const upstreamTimeout = (detail: string) => new AppError('upstream_timeout', 504, detail);
