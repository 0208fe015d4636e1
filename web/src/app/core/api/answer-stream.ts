import { Injectable, inject } from '@angular/core';
import { createParser } from 'eventsource-parser';
import { Observable } from 'rxjs';
import { Api } from './api-client';
import { errorFromResponse, isAbort, toApiError } from './api-error';
import type { AnswerRequest, FeedbackRequest } from './api-types';
import { parseEvent, type StreamEvent } from './stream-events';

/**
 * POSTs a question to /api/agents/answer-stream and emits its server-sent events as they
 * arrive. POST (not EventSource) so the conversation history can be sent. Unsubscribing
 * aborts the request, which closes the connection, so the server stops the model too.
 */
@Injectable({ providedIn: 'root' })
export class AnswerStream {
  private readonly api = inject(Api);

  stream(request: AnswerRequest): Observable<StreamEvent> {
    return this.post('/api/agents/answer-stream', request);
  }

  /** The review of the user's own answer, in the same event family (ends with `feedback`). */
  feedback(request: FeedbackRequest): Observable<StreamEvent> {
    return this.post('/api/agents/feedback-stream', request);
  }

  private post(path: string, request: object): Observable<StreamEvent> {
    return new Observable<StreamEvent>((subscriber) => {
      const controller = new AbortController();
      const run = async () => {
        const response = await this.api.fetch(this.api.url(path), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify(request),
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          const body: unknown = await response.json().catch(() => null);
          throw errorFromResponse(response, body);
        }
        const parser = createParser({
          onEvent: (message) => {
            const event = parseEvent(message.data);
            if (event) subscriber.next(event);
          },
        });
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
        parser.feed(decoder.decode());
        subscriber.complete();
      };
      run().catch((error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        subscriber.error(toApiError(error));
      });
      return () => controller.abort();
    });
  }
}
