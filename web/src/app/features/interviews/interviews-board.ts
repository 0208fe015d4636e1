import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { toApiError } from '../../core/api/api-error';
import type { InterviewStatus, InterviewSummary } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { optionsOf, STATUS_LABELS } from '../../shared/labels';
import { StatusChip } from '../../shared/status-chip/status-chip';
import { type InterviewFilters, toQuery } from './interview-filters';
import { InterviewsApi } from './interviews-api';

/** Interviews grouped by status; dropping a card in another column changes its status. */
@Component({
  selector: 'app-interviews-board',
  imports: [
    DatePipe,
    DragDropModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    RouterLink,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './interviews-board.html',
  styleUrl: './interviews-board.scss',
})
export class InterviewsBoard {
  private readonly api = inject(InterviewsApi);
  readonly filters = input.required<InterviewFilters>();

  protected readonly statuses = optionsOf(STATUS_LABELS);

  /** Every matching interview: the board has no pages, so fetch them 100 at a time. */
  protected readonly data = loader(
    () => toQuery({ ...this.filters(), pageIndex: 0, pageSize: 100 }, false),
    async (query, signal) => {
      const all: InterviewSummary[] = [];
      for (let skip = 0; ; skip += 100) {
        const page = await this.api.list({ ...query, skip }, signal);
        all.push(...page.data);
        if (all.length >= page.total || page.data.length === 0) return all;
      }
    },
  );
  private readonly items = linkedSignal(() => this.data.value() ?? []);
  protected readonly errors = signal<Record<number, string>>({});
  protected readonly saving = signal<number | null>(null);

  protected readonly columns = computed(() =>
    this.statuses.map((status) => ({
      ...status,
      items: this.items().filter((i) => i.interview_status === status.value),
    })),
  );

  protected drop(event: CdkDragDrop<InterviewStatus, InterviewStatus, InterviewSummary>): void {
    if (event.previousContainer === event.container) return;
    void this.move(event.item.data, event.container.data);
  }

  /** Also reachable without a pointer, from each card's menu. */
  protected async move(interview: InterviewSummary, status: InterviewStatus): Promise<void> {
    const previous = interview.interview_status;
    if (previous === status) return;
    const id = interview.interview_id;
    this.patch(id, status);
    this.errors.update(({ [id]: _, ...rest }) => rest);
    this.saving.set(id);
    try {
      await this.api.update(id, { interview_status: status });
    } catch (error) {
      this.patch(id, previous);
      this.errors.update((e) => ({ ...e, [id]: toApiError(error).detail }));
    } finally {
      this.saving.set(null);
    }
  }

  private patch(id: number, status: InterviewStatus): void {
    this.items.update((items) =>
      items.map((i) => (i.interview_id === id ? { ...i, interview_status: status } : i)),
    );
  }
}
