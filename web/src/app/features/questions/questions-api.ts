import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type { QuestionCreate, QuestionQuery, QuestionUpdate } from '../../core/api/api-types';

/** The question bank's endpoints. */
@Injectable({ providedIn: 'root' })
export class QuestionsApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  list(query: QuestionQuery, signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/questions', { params: { query }, signal }));
  }

  get(id: number, signal?: AbortSignal) {
    return this.api.call(
      this.c.GET('/api/questions/{question_id}', { params: { path: { question_id: id } }, signal }),
    );
  }

  create(body: QuestionCreate) {
    return this.api.call(this.c.POST('/api/questions', { body }));
  }

  update(id: number, body: QuestionUpdate) {
    return this.api.call(
      this.c.PUT('/api/questions/{question_id}', { params: { path: { question_id: id } }, body }),
    );
  }

  /** Soft delete: hidden from lists until restored. */
  remove(id: number) {
    return this.api.call(
      this.c.DELETE('/api/questions/{question_id}', { params: { path: { question_id: id } } }),
    );
  }

  restore(id: number) {
    return this.update(id, { is_active: true });
  }
}
