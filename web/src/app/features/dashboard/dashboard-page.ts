import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { StatsOverview } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import type { ChartSeries } from '../../shared/chart/chart';
import { ChartView } from '../../shared/chart/chart';
import { EmptyState } from '../../shared/empty-state/empty-state';
import {
  CATEGORY_LABELS,
  DIFFICULTY_LABELS,
  RESULT_LABELS,
  ROUND_TYPE_LABELS,
  STATUS_LABELS,
} from '../../shared/labels';
import { StatusChip } from '../../shared/status-chip/status-chip';
import { InterviewsApi } from '../interviews/interviews-api';
import { PracticeApi } from '../practice/practice-api';
import { DueThisWeek } from './due-this-week';
import { FunnelCard } from './funnel-card';
import { StatsApi } from './stats-api';

const PALETTE = [
  'var(--mat-sys-primary)',
  'var(--mat-sys-tertiary)',
  'var(--status-completed)',
  'var(--status-in_progress)',
  'var(--status-rescheduled)',
  'var(--result-failed)',
  'var(--result-offer_accepted)',
  'var(--mat-sys-secondary)',
  'var(--status-cancelled)',
  'var(--mat-sys-error)',
];

function series(
  counts: Record<string, number>,
  labels: Record<string, string>,
  colors: (key: string, i: number) => string,
): ChartSeries {
  const keys = Object.keys(labels);
  return {
    labels: keys.map((k) => labels[k] ?? k),
    values: keys.map((k) => counts[k] ?? 0),
    colors: keys.map(colors),
  };
}

/** The overview: totals, charts of the stats endpoint, the next rounds and recent interviews. */
@Component({
  selector: 'app-dashboard-page',
  imports: [
    ChartView,
    DatePipe,
    DueThisWeek,
    EmptyState,
    FunnelCard,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly statsApi = inject(StatsApi);
  private readonly interviewsApi = inject(InterviewsApi);
  private readonly practiceApi = inject(PracticeApi);
  protected readonly roundTypes = ROUND_TYPE_LABELS;

  protected readonly stats = loader(
    () => true,
    (_, signal) => this.statsApi.overview(signal),
  );
  protected readonly practice = loader(
    () => true,
    (_, signal) => this.practiceApi.stats(signal),
  );
  protected readonly upcoming = loader(
    () => true,
    (_, signal) => this.statsApi.upcomingRounds(5, signal),
  );
  protected readonly recent = loader(
    () => true,
    (_, signal) =>
      this.interviewsApi.list({ skip: 0, limit: 5, sort_by: 'created_at', order: 'desc' }, signal),
  );

  protected readonly figures = computed(() => {
    const s = this.stats.value();
    if (!s) return [];
    const byStatus = s.interviews_by_status as Record<string, number>;
    const byResult = s.interviews_by_result as Record<string, number>;
    const active =
      (byStatus['scheduled'] ?? 0) +
      (byStatus['in_progress'] ?? 0) +
      (byStatus['rescheduled'] ?? 0);
    const offers = (byResult['offer_received'] ?? 0) + (byResult['offer_accepted'] ?? 0);
    return [
      {
        id: 'total-interviews',
        label: 'Interviews',
        value: s.total_interviews,
        icon: 'work',
        link: '/interviews',
      },
      {
        id: 'active-interviews',
        label: 'In the pipeline',
        value: active,
        icon: 'pending_actions',
        link: '/interviews',
      },
      { id: 'offers', label: 'Offers', value: offers, icon: 'celebration', link: '/interviews' },
      {
        id: 'total-questions',
        label: 'Questions in the bank',
        value: s.total_questions,
        icon: 'quiz',
        link: '/questions',
      },
      {
        id: 'total-companies',
        label: 'Companies',
        value: s.total_companies,
        icon: 'business',
        link: '/companies',
      },
    ];
  });

  protected readonly charts = computed(() => {
    const s: StatsOverview | undefined = this.stats.value();
    if (!s) return [];
    return [
      {
        title: 'Interviews by status',
        type: 'doughnut' as const,
        series: series(s.interviews_by_status, STATUS_LABELS, (k) => `var(--status-${k})`),
      },
      {
        title: 'Interviews by result',
        type: 'doughnut' as const,
        series: series(s.interviews_by_result, RESULT_LABELS, (k) => `var(--result-${k})`),
      },
      {
        title: 'Questions by category',
        type: 'bar' as const,
        series: series(
          s.questions_by_category,
          CATEGORY_LABELS,
          (_, i) => PALETTE[i % PALETTE.length] ?? '',
        ),
      },
      {
        title: 'Questions by difficulty',
        type: 'bar' as const,
        series: series(
          s.questions_by_difficulty,
          DIFFICULTY_LABELS,
          (_, i) =>
            [
              'var(--status-completed)',
              'var(--mat-sys-primary)',
              'var(--status-in_progress)',
              'var(--result-failed)',
            ][i] ?? '',
        ),
      },
    ];
  });
}
