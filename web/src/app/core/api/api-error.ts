/** An API failure as the UI shows it: the server's `detail` sentence, never a stack trace. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly detail: string,
    readonly code?: string,
  ) {
    super(detail);
  }

  /**
   * The body field a validation error names (`body/seniority_level must be …` →
   * `seniority_level`), so a form can show the message under that field.
   */
  get field(): string | undefined {
    return /^body\/([a-z_]+)/.exec(this.detail)?.[1];
  }

  /**
   * Nothing has the id asked for: a 404, or a path parameter the API refuses outright (an id
   * beyond its range), which names nothing either.
   */
  get notFound(): boolean {
    return this.status === 404 || (this.status === 400 && this.detail.startsWith('path/'));
  }
}

/**
 * Why a page has no `noun` to show for the id in its address, or null when it has one (or the
 * failure is another kind, to show with a retry): the address holds no id, or nothing has it.
 */
export function missingReason(hasId: boolean, error: ApiError | null, noun: string): string | null {
  const nowhere = `There is no ${noun} at this address.`;
  if (!hasId) return nowhere;
  if (!error?.notFound) return null;
  return error.status === 404 ? error.detail : nowhere;
}

export const UNREACHABLE = "Can't reach the server. Check that it is running, then try again.";

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Any thrown value as an ApiError, keeping the server's words when there are some. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof TypeError) return new ApiError(0, UNREACHABLE);
  return new ApiError(0, error instanceof Error ? error.message : String(error));
}

/** Builds an ApiError from a failed response and its parsed JSON body, if any. */
export function errorFromResponse(response: Response, body: unknown): ApiError {
  const detail =
    body && typeof body === 'object' && 'detail' in body && typeof body.detail === 'string'
      ? body.detail
      : `The server answered ${response.status} ${response.statusText}`.trim();
  const code =
    body && typeof body === 'object' && 'code' in body && typeof body.code === 'string'
      ? body.code
      : undefined;
  return new ApiError(response.status, detail, code);
}
