import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';
import type { InterviewSummary } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { StageNames } from '../../core/data/stage-names';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { INTERVIEW_SORT_LABELS, isOneOf, SENIORITY_LABELS, TYPE_LABELS } from '../../shared/labels';
import { StatusChip } from '../../shared/status-chip/status-chip';
import {
  type InterviewFilters,
  type InterviewUrlParams,
  PAGE_SIZES,
  toQuery,
} from './interview-filters';
import { InterviewsApi } from './interviews-api';

/** One page of interviews; sorting and paging are reported up to the URL. */
@Component({
  selector: 'app-interviews-table',
  imports: [
    DatePipe,
    EmptyState,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './interviews-table.html',
  styleUrl: './interviews-table.scss',
})
export class InterviewsTable {
  private readonly api = inject(InterviewsApi);
  protected readonly stageNames = inject(StageNames);
  readonly filters = input.required<InterviewFilters>();
  readonly filtered = input(false);
  readonly changed = output<Partial<InterviewUrlParams>>();

  protected readonly pageSizes = PAGE_SIZES;

  protected readonly page = loader(
    () => toQuery(this.filters()),
    (query, signal) => this.api.list(query, signal),
  );

  private readonly breakpoints = toSignal(
    inject(BreakpointObserver)
      .observe(['(min-width: 900px)', '(min-width: 1500px)'])
      .pipe(map((s) => s.breakpoints)),
    { initialValue: {} as Record<string, boolean> },
  );
  protected readonly wide = computed(() => this.breakpoints()['(min-width: 900px)'] ?? true);
  protected readonly columns = computed(() => {
    if (!this.wide()) return ['company_name', 'stage', 'application_date'];
    const all = this.breakpoints()['(min-width: 1500px)'];
    return [
      'company_name',
      'role',
      'stage',
      'interview_status',
      'interview_result',
      'seniority',
      ...(all ? ['type', 'remote'] : []),
      'application_date',
      'first_interview_date',
      'created_at',
    ];
  });

  protected seniority(row: InterviewSummary): string {
    return SENIORITY_LABELS[row.seniority_level];
  }

  protected type(row: InterviewSummary): string {
    return TYPE_LABELS[row.interview_type];
  }

  protected onSort(sort: Sort): void {
    if (!isOneOf(INTERVIEW_SORT_LABELS, sort.active)) return;
    this.changed.emit(
      sort.direction
        ? { sort: sort.active, order: sort.direction }
        : { sort: undefined, order: undefined },
    );
  }

  protected onPage(event: PageEvent): void {
    this.changed.emit({
      page: event.pageIndex > 0 ? String(event.pageIndex + 1) : undefined,
      size: event.pageSize === 20 ? undefined : String(event.pageSize),
    });
  }
}
