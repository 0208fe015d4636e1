import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';
import type { TaskCreate, TaskUpdate } from '../../core/api/api-types';

/** Reminders with a due date: made by hand, or suggested by the server from an interview. */
@Injectable({ providedIn: 'root' })
export class TasksApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  /** Open tasks due on or before `date` (YYYY-MM-DD). */
  dueBefore(date: string, signal?: AbortSignal) {
    return this.api.call(
      this.c.GET('/api/tasks', { params: { query: { due_before: date, done: false } }, signal }),
    );
  }

  forInterview(interviewId: number, signal?: AbortSignal) {
    return this.api.call(
      this.c.GET('/api/interviews/{interview_id}/tasks', {
        params: { path: { interview_id: interviewId } },
        signal,
      }),
    );
  }

  create(body: TaskCreate) {
    return this.api.call(this.c.POST('/api/tasks', { body }));
  }

  update(taskId: number, body: TaskUpdate) {
    return this.api.call(
      this.c.PATCH('/api/tasks/{task_id}', { params: { path: { task_id: taskId } }, body }),
    );
  }

  remove(taskId: number) {
    return this.api.call(
      this.c.DELETE('/api/tasks/{task_id}', { params: { path: { task_id: taskId } } }),
    );
  }
}
