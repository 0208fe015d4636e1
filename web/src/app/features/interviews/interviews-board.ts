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
import type { InterviewStatus, InterviewSummary, Stage } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { StageNames } from '../../core/data/stage-names';
import { optionsOf, STATUS_LABELS } from '../../shared/labels';
import { StatusChip } from '../../shared/status-chip/status-chip';
import { type InterviewFilters, toQuery } from './interview-filters';
import { InterviewsApi } from './interviews-api';

/** What the board's columns are: the application stage (default) or the interview status. */
export type BoardGroup = 'stage' | 'status';
type Column = Stage | InterviewStatus;

/**
 * Interviews grouped by stage (or by status with ?group=status); dropping a card in another
 * column moves it there.
 */
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
  private readonly stageNames = inject(StageNames);
  readonly filters = input.required<InterviewFilters>();
  readonly group = input<BoardGroup>('stage');

  private readonly statuses = optionsOf(STATUS_LABELS);
  /** The columns' values and names, in order. */
  protected readonly groups = computed<{ value: Column; label: string }[]>(() =>
    this.group() === 'status' ? this.statuses : this.stageNames.options(),
  );
  protected readonly what = computed(() => (this.group() === 'status' ? 'status' : 'stage'));

  /** Every matching interview: the board has no pages, so fetch them 100 at a time. */
  protected readonly data = loader(
    () => toQuery({ ...this.filters(), pageIndex: 0, pageSize: 100 }, this.group()),
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
    this.groups().map((column) => ({
      ...column,
      items: this.items().filter((i) => this.columnOf(i) === column.value),
    })),
  );

  protected columnOf(interview: InterviewSummary): Column {
    return this.group() === 'status' ? interview.interview_status : interview.stage;
  }

  protected drop(event: CdkDragDrop<Column, Column, InterviewSummary>): void {
    if (event.previousContainer === event.container) return;
    void this.move(event.item.data, event.container.data);
  }

  /** Also reachable without a pointer, from each card's menu. */
  protected async move(interview: InterviewSummary, to: Column): Promise<void> {
    const previous = this.columnOf(interview);
    if (previous === to) return;
    const id = interview.interview_id;
    this.patch(id, to);
    this.errors.update(({ [id]: _, ...rest }) => rest);
    this.saving.set(id);
    try {
      await this.api.update(
        id,
        this.group() === 'status'
          ? { interview_status: to as InterviewStatus }
          : { stage: to as Stage },
      );
    } catch (error) {
      this.patch(id, previous);
      this.errors.update((e) => ({ ...e, [id]: toApiError(error).detail }));
    } finally {
      this.saving.set(null);
    }
  }

  private patch(id: number, to: Column): void {
    const field = this.group() === 'status' ? 'interview_status' : 'stage';
    this.items.update((items) =>
      items.map((i) => (i.interview_id === id ? { ...i, [field]: to } : i)),
    );
  }
}
