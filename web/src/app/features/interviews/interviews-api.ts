import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type {
  InterviewCreate,
  InterviewQuery,
  InterviewQuestionCreate,
  InterviewQuestionUpdate,
  InterviewUpdate,
  RoundCreate,
  RoundUpdate,
} from '../../core/api/api-types';

/** The interview, round and question-link endpoints, as promises of their typed bodies. */
@Injectable({ providedIn: 'root' })
export class InterviewsApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  list(query: InterviewQuery, signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/interviews', { params: { query }, signal }));
  }

  get(id: number, signal?: AbortSignal) {
    return this.api.call(
      this.c.GET('/api/interviews/{interview_id}', {
        params: { path: { interview_id: id } },
        signal,
      }),
    );
  }

  create(body: InterviewCreate) {
    return this.api.call(this.c.POST('/api/interviews', { body }));
  }

  update(id: number, body: InterviewUpdate) {
    return this.api.call(
      this.c.PUT('/api/interviews/{interview_id}', {
        params: { path: { interview_id: id } },
        body,
      }),
    );
  }

  /** The interview's history, oldest first. */
  timeline(id: number, signal?: AbortSignal) {
    return this.api.call(
      this.c.GET('/api/interviews/{interview_id}/timeline', {
        params: { path: { interview_id: id } },
        signal,
      }),
    );
  }

  /** Soft delete: the interview becomes cancelled and stays readable. */
  cancel(id: number) {
    return this.api.call(
      this.c.DELETE('/api/interviews/{interview_id}', { params: { path: { interview_id: id } } }),
    );
  }

  /** Removes a cancelled interview for good, with its rounds and question links. */
  deletePermanently(id: number) {
    return this.api.call(
      this.c.DELETE('/api/interviews/{interview_id}', {
        params: { path: { interview_id: id }, query: { permanent: true } },
      }),
    );
  }

  createRound(interviewId: number, body: RoundCreate) {
    return this.api.call(
      this.c.POST('/api/interviews/{interview_id}/rounds', {
        params: { path: { interview_id: interviewId } },
        body,
      }),
    );
  }

  updateRound(interviewId: number, roundId: number, body: RoundUpdate) {
    return this.api.call(
      this.c.PUT('/api/interviews/{interview_id}/rounds/{round_id}', {
        params: { path: { interview_id: interviewId, round_id: roundId } },
        body,
      }),
    );
  }

  deleteRound(interviewId: number, roundId: number) {
    return this.api.call(
      this.c.DELETE('/api/interviews/{interview_id}/rounds/{round_id}', {
        params: { path: { interview_id: interviewId, round_id: roundId } },
      }),
    );
  }

  linkQuestion(interviewId: number, body: InterviewQuestionCreate) {
    return this.api.call(
      this.c.POST('/api/interviews/{interview_id}/questions', {
        params: { path: { interview_id: interviewId } },
        body,
      }),
    );
  }

  updateLink(interviewId: number, linkId: number, body: InterviewQuestionUpdate) {
    return this.api.call(
      this.c.PUT('/api/interviews/{interview_id}/questions/{interview_question_id}', {
        params: { path: { interview_id: interviewId, interview_question_id: linkId } },
        body,
      }),
    );
  }

  unlink(interviewId: number, linkId: number) {
    return this.api.call(
      this.c.DELETE('/api/interviews/{interview_id}/questions/{interview_question_id}', {
        params: { path: { interview_id: interviewId, interview_question_id: linkId } },
      }),
    );
  }
}
