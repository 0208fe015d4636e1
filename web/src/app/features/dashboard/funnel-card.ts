import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { type Params, RouterLink } from '@angular/router';
import type { FunnelQuery, InterviewType } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { StageNames } from '../../core/data/stage-names';
import { FunnelChart, type FunnelStep } from '../../shared/chart/funnel-chart';
import { CATEGORY_LABELS, optionsOf, TYPE_LABELS } from '../../shared/labels';
import { StatsApi } from './stats-api';

/**
 * The dashboard's pipeline card: the funnel from applied to accepted, time to the first round,
 * response rates and answer ratings. Every figure links to the list behind it, with the card's
 * filters carried along.
 */
@Component({
  selector: 'app-funnel-card',
  imports: [
    DecimalPipe,
    FunnelChart,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    PercentPipe,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funnel-card.html',
  styleUrl: './funnel-card.scss',
})
export class FunnelCard {
  private readonly api = inject(StatsApi);
  private readonly names = inject(StageNames);
  protected readonly types = optionsOf(TYPE_LABELS);
  protected readonly categories = CATEGORY_LABELS;

  protected readonly dateFrom = signal('');
  protected readonly dateTo = signal('');
  protected readonly type = signal<InterviewType | ''>('');

  private readonly query = computed<FunnelQuery>(() => ({
    ...(this.dateFrom() ? { date_from: this.dateFrom() } : {}),
    ...(this.dateTo() ? { date_to: this.dateTo() } : {}),
    ...(this.type() ? { interview_type: this.type() as InterviewType } : {}),
  }));

  /** The interviews list's URL parameters for the same filters. */
  protected readonly listQuery = computed<Params>(() => ({
    ...(this.dateFrom() ? { from: this.dateFrom() } : {}),
    ...(this.dateTo() ? { to: this.dateTo() } : {}),
    ...(this.type() ? { type: this.type() } : {}),
  }));

  protected readonly funnel = loader(
    () => this.query(),
    (query, signal) => this.api.funnel(query, signal),
  );

  protected readonly steps = computed<FunnelStep[]>(() =>
    (this.funnel.value()?.stages ?? []).map((s) => ({
      label: this.names.label(s.stage),
      count: s.count,
      conversion: s.conversion,
      link: '/interviews',
      query: { ...this.listQuery(), reached: s.stage },
    })),
  );

  protected withList(extra: Params): Params {
    return { ...this.listQuery(), reached: 'applied', ...extra };
  }
}
