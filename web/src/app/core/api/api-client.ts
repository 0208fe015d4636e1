import { DOCUMENT, Injectable, InjectionToken, inject } from '@angular/core';
import createClient from 'openapi-fetch';
import { ApiError, errorFromResponse, isAbort, toApiError } from './api-error';
import type { paths } from './schema';

/**
 * Where the API lives. Empty means the origin that served the app; a deployment can override
 * it with `<meta name="api-base-url" content="https://…">` in index.html or by providing this
 * token.
 */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  factory: () => {
    const meta = inject(DOCUMENT).querySelector<HTMLMetaElement>('meta[name="api-base-url"]');
    return (meta?.content ?? '').trim().replace(/\/$/, '');
  },
});

/** The fetch the app uses; tests provide a scripted one. */
export const FETCH = new InjectionToken<typeof fetch>('FETCH', {
  factory: () => globalThis.fetch.bind(globalThis),
});

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The typed client generated from the server's OpenAPI document. Only the features' `*-api.ts`
 * services use it, so each endpoint is called from one place.
 */
@Injectable({ providedIn: 'root' })
export class Api {
  readonly baseUrl = inject(API_BASE_URL);
  private readonly fetchFn = inject(FETCH);
  readonly client = createClient<paths>({
    baseUrl: this.baseUrl,
    fetch: (request) => this.fetchFn(request),
  });

  /** Resolves to the response body, or rejects with an ApiError carrying the server's detail. */
  async call<T>(request: Promise<FetchResult<T>>): Promise<T> {
    let result: FetchResult<T>;
    try {
      result = await request;
    } catch (error) {
      if (isAbort(error)) throw error;
      throw toApiError(error);
    }
    if (result.error !== undefined || !result.response.ok) {
      throw errorFromResponse(result.response, result.error);
    }
    return result.data as T;
  }

  /** Absolute URL of an API path, for requests the generated client cannot make (streams). */
  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }
}

export { ApiError };
