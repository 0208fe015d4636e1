import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { Stage, TimelineEvent } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { StageNames } from '../../core/data/stage-names';
import { isOneOf, RESULT_LABELS, STAGE_LABELS, STATUS_LABELS } from '../../shared/labels';
import { InterviewsApi } from './interviews-api';

const FIELD_NAMES: Record<string, string> = {
  stage: 'Stage',
  interview_status: 'Status',
  interview_result: 'Result',
  round_status: 'Round status',
  round_result: 'Round result',
};

/**
 * The interview's history, oldest first: its creation, every stage, status and result change,
 * its rounds' too, and its cancellation. `changed` is anything that changes when the interview
 * is saved (its updated_at): the history is read again then.
 */
@Component({
  selector: 'app-interview-timeline',
  imports: [DatePipe, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (events.error(); as error) {
      <p class="api-error" role="alert">
        {{ error.detail }} <button mat-button type="button" (click)="events.reload()">Retry</button>
      </p>
    }
    <ol class="timeline" data-testid="timeline">
      @for (e of lines(); track e.id) {
        <li [attr.data-field]="e.field">
          <mat-icon aria-hidden="true">{{ e.icon }}</mat-icon>
          <span class="what">{{ e.text }}</span>
          <time class="muted" [attr.datetime]="e.at">{{ e.at | date: 'medium' }}</time>
        </li>
      } @empty {
        @if (!events.loading()) {
          <li class="muted">No history yet</li>
        }
      }
    </ol>
  `,
  styles: `
    .timeline { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
    li { display: grid; grid-template-columns: 24px 1fr; column-gap: 8px; align-items: start; }
    mat-icon { font-size: 20px; width: 20px; height: 20px; color: var(--mat-sys-primary); }
    time { grid-column: 2; font-size: 0.8rem; }
  `,
})
export class InterviewTimeline {
  private readonly names = inject(StageNames);
  private readonly api = inject(InterviewsApi);
  readonly interviewId = input.required<number>();
  readonly changed = input<unknown>();

  protected readonly events = loader(
    () => {
      this.changed();
      return this.interviewId() || undefined;
    },
    (id, signal) => this.api.timeline(id, signal),
  );

  protected readonly lines = computed(() =>
    (this.events.value() ?? []).map((e) => ({
      id: e.event_id,
      field: e.field,
      at: String(e.occurred_at),
      icon: iconOf(e),
      text: this.describe(e),
    })),
  );

  private value(field: string, value: string | null): string {
    if (value === null) return '—';
    if (field === 'stage' || (field === 'created' && isOneOf(STAGE_LABELS, value)))
      return this.names.label(value as Stage);
    if (isOneOf(STATUS_LABELS, value)) return STATUS_LABELS[value];
    if (isOneOf(RESULT_LABELS, value)) return RESULT_LABELS[value];
    return value;
  }

  private describe(e: TimelineEvent): string {
    const round = e.entity === 'round' ? `Round #${e.round_id}` : 'Interview';
    if (e.field === 'created') {
      return e.entity === 'round'
        ? `${round} added (${this.value('round_status', e.to_value)})`
        : `Added at stage ${this.value('stage', e.to_value)}`;
    }
    if (e.field === 'deleted') return e.entity === 'round' ? `${round} removed` : 'Cancelled';
    const name = FIELD_NAMES[e.field] ?? e.field;
    const prefix = e.entity === 'round' ? `${round}: ` : '';
    return `${prefix}${name} ${this.value(e.field, e.from_value)} → ${this.value(e.field, e.to_value)}`;
  }
}

function iconOf(e: TimelineEvent): string {
  if (e.field === 'created') return 'add_circle';
  if (e.field === 'deleted') return 'cancel';
  if (e.field === 'stage') return 'trending_flat';
  return e.entity === 'round' ? 'event' : 'flag';
}
