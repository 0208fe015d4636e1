import { TestBed } from '@angular/core/testing';
import { ControlledStream, FakeFetch, flush, json } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import { AnswerStream } from './answer-stream';
import { ApiError } from './api-error';
import type { StreamEvent } from './stream-events';

describe('AnswerStream', () => {
  let fake: FakeFetch;
  let service: AnswerStream;

  beforeEach(() => {
    fake = new FakeFetch();
    TestBed.configureTestingModule({ providers: testProviders(fake) });
    service = TestBed.inject(AnswerStream);
  });

  it('POSTs the question with its history and emits each event once, whatever the chunk boundaries', async () => {
    const stream = new ControlledStream();
    fake.on('POST', '/api/agents/answer-stream', () => stream.response());
    const events: StreamEvent[] = [];
    let completed = false;
    service
      .stream({
        question: 'How would you design a URL shortening service?',
        conversation_history: [{ question: 'Hi there', answer: 'Hello' }],
      })
      .subscribe({ next: (e) => events.push(e), complete: () => (completed = true) });
    await flush();

    const whole =
      'data: {"event_type":"start","timestamp":"t","data":{"message":"m","question":"q"}}\n\n' +
      ': keep-alive\n\n' +
      'data: {"event_type":"content","timestamp":"t","data":{"chunk":"Hel","is_final":false}}\n\n' +
      'data: {"event_type":"content","timestamp":"t","data":{"chunk":"lo","is_final":false}}\n\n';
    // Split mid-line and mid-JSON, as a network may.
    for (const piece of [
      whole.slice(0, 30),
      whole.slice(30, 95),
      whole.slice(95, 160),
      whole.slice(160),
    ]) {
      stream.push(piece);
      await flush(2);
    }
    stream.close();
    await flush();

    expect(events.map((e) => e.event_type)).toEqual(['start', 'content', 'content']);
    expect(events.flatMap((e) => (e.event_type === 'content' ? [e.data.chunk] : [])).join('')).toBe(
      'Hello',
    );
    expect(completed).toBe(true);
    const request = fake.requests[0];
    expect(request?.path).toBe('/api/agents/answer-stream');
    expect(request?.body).toEqual({
      question: 'How would you design a URL shortening service?',
      conversation_history: [{ question: 'Hi there', answer: 'Hello' }],
    });
  });

  it('aborts the request when the subscriber unsubscribes, so the server sees the disconnect', async () => {
    const stream = new ControlledStream();
    fake.on('POST', '/api/agents/answer-stream', () => stream.response());
    const subscription = service.stream({ question: 'What is a closure?' }).subscribe();
    await flush();
    const signal = fake.requests[0]?.signal;
    expect(signal?.aborted).toBe(false);

    subscription.unsubscribe();
    expect(signal?.aborted).toBe(true);
  });

  it('fails with the API detail when the request is rejected', async () => {
    fake.on('POST', '/api/agents/answer-stream', () =>
      json(
        { detail: 'body/question must NOT have fewer than 5 characters', code: 'validation_error' },
        400,
      ),
    );
    let failure: unknown;
    service.stream({ question: 'Hi' }).subscribe({ error: (e) => (failure = e) });
    await flush();
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(400);
    expect((failure as ApiError).detail).toContain('fewer than 5 characters');
  });

  it('fails with a readable message when the server cannot be reached', async () => {
    fake.on('POST', '/api/agents/answer-stream', () => {
      throw new TypeError('Failed to fetch');
    });
    let failure: ApiError | undefined;
    service.stream({ question: 'What is a closure?' }).subscribe({ error: (e) => (failure = e) });
    await flush();
    expect(failure?.status).toBe(0);
    expect(failure?.detail).toMatch(/reach the server/);
  });
});
