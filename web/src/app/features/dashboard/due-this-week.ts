import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { loader } from '../../core/data/loader';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { TasksApi } from '../tasks/tasks-api';

/** A date `days` from today as YYYY-MM-DD. */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Open tasks due within the next 7 days (and overdue ones). */
@Component({
  selector: 'app-due-this-week',
  imports: [DatePipe, EmptyState, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card-surface" aria-labelledby="due-title" data-testid="due-this-week">
      <h2 id="due-title" class="section-title">Due this week</h2>
      @if (tasks.value(); as list) {
        @for (task of list; track task.task_id) {
          <a class="row" [routerLink]="task.interview_id ? ['/interviews', task.interview_id] : ['/dashboard']" data-testid="due-task">
            <span class="main">
              <span class="title">{{ task.title }}</span>
              <span class="muted" [class.overdue]="task.due_date < today">
                {{ task.due_date < today ? 'Overdue since' : 'Due' }} {{ task.due_date | date: 'EEE d MMM' }}
              </span>
            </span>
          </a>
        } @empty {
          <app-empty-state icon="task_alt" title="Nothing due this week" />
        }
      }
    </section>
  `,
  styles: `
    .row { display: flex; padding: 8px 0; text-decoration: none; color: inherit; }
    .main { display: flex; flex-direction: column; }
    .overdue { color: var(--mat-sys-error); }
  `,
})
export class DueThisWeek {
  private readonly api = inject(TasksApi);
  protected readonly today = inDays(0);
  protected readonly tasks = loader(
    () => inDays(7),
    (date, signal) => this.api.dueBefore(date, signal),
  );
}
