// A scripted `fetch` for component tests: answers by method and path, records every request,
// and can hold an event stream open so a test decides when each chunk arrives.

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  signal: AbortSignal | null;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** An SSE body the test writes to chunk by chunk; `aborted` resolves when the client aborts. */
export class ControlledStream {
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private readonly encoder = new TextEncoder();
  readonly body = new ReadableStream<Uint8Array>({
    start: (controller) => {
      this.controller = controller;
    },
  });

  push(text: string): void {
    this.controller.enqueue(this.encoder.encode(text));
  }

  event(event_type: string, data: unknown): void {
    this.push(
      `data: ${JSON.stringify({ event_type, timestamp: '2024-12-02T10:00:00Z', data })}\n\n`,
    );
  }

  close(): void {
    this.controller.close();
  }

  response(): Response {
    return new Response(this.body, {
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
    });
  }
}

export class FakeFetch {
  readonly requests: RecordedRequest[] = [];
  private readonly handlers: { method: string; path: string | RegExp; handler: Handler }[] = [];

  on(method: string, path: string | RegExp, handler: Handler): this {
    this.handlers.unshift({ method, path, handler });
    return this;
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), 'http://test'), init);
    const url = new URL(request.url);
    const text =
      request.method === 'GET' || request.method === 'DELETE' ? '' : await request.clone().text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname + url.search,
      body: text ? JSON.parse(text) : undefined,
      signal: init?.signal ?? request.signal ?? null,
    };
    this.requests.push(recorded);
    const match = this.handlers.find(
      (h) =>
        h.method === recorded.method &&
        (typeof h.path === 'string' ? url.pathname === h.path : h.path.test(url.pathname)),
    );
    if (!match) return json({ detail: `No fake for ${recorded.method} ${url.pathname}` }, 404);
    if (recorded.signal?.aborted)
      throw new DOMException('The operation was aborted.', 'AbortError');
    return match.handler(recorded);
  };
}

/** Lets pending promises and stream reads run. */
export async function flush(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
