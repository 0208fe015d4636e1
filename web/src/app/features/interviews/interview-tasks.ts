import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { type ApiError, toApiError } from '../../core/api/api-error';
import type { Task } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { TasksApi } from '../tasks/tasks-api';

const today = () => new Date().toISOString().slice(0, 10);

/** An interview's tasks (suggested ones included): add one, tick it done, delete it. */
@Component({
  selector: 'app-interview-tasks',
  imports: [
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card-surface" aria-labelledby="tasks-title" data-testid="interview-tasks">
      <h2 id="tasks-title" class="section-title">Tasks</h2>
      @for (task of tasks.value() ?? []; track task.task_id) {
        <div class="task" [class.done]="task.done" data-testid="task-row">
          <mat-checkbox [checked]="task.done" (change)="toggle(task)" [attr.data-testid]="'task-done-' + task.task_id">
            <span class="title">{{ task.title }}</span>
          </mat-checkbox>
          <span class="muted due">{{ task.due_date | date: 'mediumDate' }}</span>
          <button mat-icon-button type="button" (click)="remove(task)" [attr.aria-label]="'Delete ' + task.title" data-testid="task-delete">
            <mat-icon>delete</mat-icon>
          </button>
        </div>
      } @empty {
        <p class="muted">No tasks. Follow-ups are suggested 3 days after a round that has no result yet.</p>
      }
      <form class="add" (ngSubmit)="add()" aria-label="New task">
        <mat-form-field class="grow">
          <mat-label>New task</mat-label>
          <input matInput name="title" [(ngModel)]="title" maxlength="200" placeholder="Send a thank-you note" data-testid="task-title" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Due</mat-label>
          <input matInput type="date" name="due" [(ngModel)]="due" required data-testid="task-due" />
        </mat-form-field>
        <button mat-stroked-button type="submit" data-testid="task-add"><mat-icon>add</mat-icon> Add</button>
      </form>
      @if (error(); as e) {
        <p class="api-error" role="alert">{{ e.detail }}</p>
      }
    </section>
  `,
  styles: `
    .task { display: flex; align-items: center; gap: 8px; }
    .task .due { margin-left: auto; white-space: nowrap; }
    .task.done .title { text-decoration: line-through; opacity: 0.7; }
    .add { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; margin-top: 8px; }
    .grow { flex: 1 1 220px; }
  `,
})
export class InterviewTasks {
  private readonly api = inject(TasksApi);
  readonly interviewId = input.required<number>();

  protected readonly tasks = loader(
    () => (this.interviewId() > 0 ? this.interviewId() : undefined),
    (id, signal) => this.api.forInterview(id, signal),
  );
  protected title = '';
  protected due = today();
  protected readonly error = signal<ApiError | null>(null);

  private async attempt(action: () => Promise<unknown>): Promise<void> {
    this.error.set(null);
    try {
      await action();
      this.tasks.reload();
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  protected add(): Promise<void> {
    const title = this.title.trim();
    if (!title) return Promise.resolve();
    return this.attempt(async () => {
      await this.api.create({ title, due_date: this.due, interview_id: this.interviewId() });
      this.title = '';
    });
  }

  protected toggle(task: Task): Promise<void> {
    return this.attempt(() => this.api.update(task.task_id, { done: !task.done }));
  }

  protected remove(task: Task): Promise<void> {
    return this.attempt(() => this.api.remove(task.task_id));
  }
}
