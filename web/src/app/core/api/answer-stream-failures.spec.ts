import { TestBed } from '@angular/core/testing';
import { FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { AnswerStream } from './answer-stream';
import { FETCH } from './api-client';
import { ApiError, UNREACHABLE } from './api-error';
import type { StreamEvent } from './stream-events';

/** A stream body made of raw byte chunks, optionally failing after them like a dropped network. */
function body(chunks: Uint8Array[], failWith?: Error): Response {
  const queue = [...chunks];
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = queue.shift();
        if (chunk) controller.enqueue(chunk);
        else if (failWith) controller.error(failWith);
        else controller.close();
      },
    }),
    { status: 200, headers: { 'content-type': 'text/event-stream' } },
  );
}

const encode = (text: string) => new TextEncoder().encode(text);
const event = (event_type: string, data: unknown) =>
  `data: ${JSON.stringify({ event_type, timestamp: '2024-12-02T10:00:00Z', data })}\n\n`;

describe('AnswerStream: what reaches the room', () => {
  let fake: FakeFetch;
  let service: AnswerStream;

  function collect() {
    const events: StreamEvent[] = [];
    const outcome: { completed: boolean; error?: ApiError } = { completed: false };
    const subscription = service.stream({ question: 'What is a closure?' }).subscribe({
      next: (e) => events.push(e),
      error: (e: ApiError) => (outcome.error = e),
      complete: () => (outcome.completed = true),
    });
    return { events, outcome, subscription };
  }

  beforeEach(() => {
    fake = new FakeFetch();
    TestBed.configureTestingModule({ providers: testProviders(fake) });
    service = TestBed.inject(AnswerStream);
  });

  // The server parses only JSON bodies; a request without the header is refused with a 400.
  it('sends the question as JSON and asks for an event stream', async () => {
    fake.on('POST', '/api/agents/answer-stream', () => body([]));
    let headers: Headers | undefined;
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        ...testProviders(fake),
        {
          provide: FETCH,
          useValue: (input: RequestInfo | URL, init?: RequestInit) => {
            headers = new Headers(init?.headers);
            return fake.fetch(input, init);
          },
        },
      ],
    });
    service = TestBed.inject(AnswerStream);
    const { outcome } = collect();
    await flush();
    expect(headers?.get('content-type')).toBe('application/json');
    expect(headers?.get('accept')).toBe('text/event-stream');
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/agents/answer-stream',
      body: { question: 'What is a closure?' },
    });
    expect(outcome).toEqual({ completed: true });
  });

  it('keeps a character split across two network chunks whole', async () => {
    const bytes = encode(event('content', { chunk: 'Caf\u00e9 \u{1F600}', is_final: false }));
    // Cut inside the two-byte é and again inside the four-byte emoji.
    const cutE = bytes.indexOf(0xc3) + 1;
    const cutEmoji = bytes.indexOf(0xf0) + 2;
    fake.on('POST', '/api/agents/answer-stream', () =>
      body([bytes.slice(0, cutE), bytes.slice(cutE, cutEmoji), bytes.slice(cutEmoji)]),
    );
    const { events, outcome } = collect();
    await flush();
    expect(events).toEqual([
      {
        event_type: 'content',
        timestamp: '2024-12-02T10:00:00Z',
        data: { chunk: 'Caf\u00e9 \u{1F600}', is_final: false },
      },
    ]);
    expect(outcome.completed).toBe(true);
  });

  it('skips lines it does not understand and goes on with the stream', async () => {
    fake.on('POST', '/api/agents/answer-stream', () =>
      body([
        encode(event('thinking', { text: 'hm' })),
        encode('data: {not json\n\n'),
        encode(event('content', { chunk: 'Still here', is_final: false })),
      ]),
    );
    const { events, outcome } = collect();
    await flush();
    expect(events.map((e) => e.event_type)).toEqual(['content']);
    expect(outcome).toEqual({ completed: true });
  });

  it('fails with the status when an error response has no JSON body', async () => {
    fake.on(
      'POST',
      '/api/agents/answer-stream',
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const { events, outcome } = collect();
    await flush();
    expect(events).toEqual([]);
    expect(outcome.completed).toBe(false);
    expect(outcome.error).toBeInstanceOf(ApiError);
    expect(outcome.error).toMatchObject({
      status: 502,
      detail: 'The server answered 502 Bad Gateway',
    });
  });

  it('fails with the code and detail of a JSON error', async () => {
    fake.on('POST', '/api/agents/answer-stream', () =>
      json({ detail: 'Too many requests', code: 'rate_limited' }, 429),
    );
    const { outcome } = collect();
    await flush();
    expect(outcome.error).toMatchObject({
      status: 429,
      detail: 'Too many requests',
      code: 'rate_limited',
    });
  });

  it('says the server cannot be reached when the connection drops mid-answer', async () => {
    fake.on('POST', '/api/agents/answer-stream', () =>
      body(
        [encode(event('content', { chunk: 'Half', is_final: false }))],
        new TypeError('network'),
      ),
    );
    const { events, outcome } = collect();
    await flush();
    expect(events.map((e) => e.event_type)).toEqual(['content']);
    expect(outcome).toMatchObject({ completed: false, error: { status: 0, detail: UNREACHABLE } });
  });

  it('reports nothing when the user stops before the server answers', async () => {
    let release!: () => void;
    fake.on(
      'POST',
      '/api/agents/answer-stream',
      () =>
        new Promise<Response>((resolve) => {
          release = () =>
            resolve(body([encode(event('content', { chunk: 'x', is_final: false }))]));
        }),
    );
    const { events, outcome, subscription } = collect();
    await flush();
    subscription.unsubscribe();
    expect(fake.requests[0]?.signal?.aborted).toBe(true);
    release();
    await flush();
    expect(events).toEqual([]);
    expect(outcome).toEqual({ completed: false });
  });
});
