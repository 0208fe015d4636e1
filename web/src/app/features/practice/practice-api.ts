import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type {
  DueQuery,
  PracticeRating,
  PracticeSessionAnswer,
  PracticeSessionCreate,
} from '../../core/api/api-types';

/** The practice endpoints: the due queue, reviews, stats and mock interviews. */
@Injectable({ providedIn: 'root' })
export class PracticeApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  due(query: DueQuery, signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/practice/due', { params: { query }, signal }));
  }

  stats(signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/practice/stats', { signal }));
  }

  review(questionId: number, rating: PracticeRating, durationSeconds?: number) {
    return this.api.call(
      this.c.POST('/api/practice/{question_id}/reviews', {
        params: { path: { question_id: questionId } },
        body: {
          rating,
          ...(durationSeconds === undefined ? {} : { duration_seconds: durationSeconds }),
        },
      }),
    );
  }

  startSession(body: PracticeSessionCreate) {
    return this.api.call(this.c.POST('/api/practice/sessions', { body }));
  }

  session(sessionId: number, signal?: AbortSignal) {
    return this.api.call(
      this.c.GET('/api/practice/sessions/{session_id}', {
        params: { path: { session_id: sessionId } },
        signal,
      }),
    );
  }

  answer(sessionId: number, body: PracticeSessionAnswer) {
    return this.api.call(
      this.c.POST('/api/practice/sessions/{session_id}/answers', {
        params: { path: { session_id: sessionId } },
        body,
      }),
    );
  }
}
