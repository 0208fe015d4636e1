import { DOCUMENT, Injectable, InjectionToken, inject } from '@angular/core';
import createClient from 'openapi-fetch';
import { Subject } from 'rxjs';
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
    fetch: (request) => this.fetch(request),
  });
  private readonly refused = new Subject<void>();
  /**
   * Emits when the server answered 401 to a request that needs a session: it expired, was
   * revoked, or never was. The session store turns that into the login page. This wraps fetch
   * rather than being an HttpClient interceptor because the app talks through openapi-fetch.
   */
  readonly unauthorized = this.refused.asObservable();

  /** Every request goes through here, the generated client's and the answer stream's. */
  async fetch(input: Request | string, init?: RequestInit): Promise<Response> {
    const response = await this.fetchFn(input, init);
    if (response.status === 401 && !answersForItself(input)) this.refused.next();
    return response;
  }

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

/**
 * The auth endpoints whose 401 is an answer about what was typed (a wrong password) or that
 * never need a session: the form shows it, no login page is needed.
 */
const SELF_ANSWERING = /\/api\/auth\/(status|login|setup|password)$/;

function answersForItself(input: Request | string): boolean {
  const url = typeof input === 'string' ? input : input.url;
  return SELF_ANSWERING.test(new URL(url, 'http://app').pathname);
}

export { ApiError };
