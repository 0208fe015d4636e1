import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { debounceTime, from, map, Subject } from 'rxjs';
import { StageNames } from '../../core/data/stage-names';
import {
  INTERVIEW_SORT_LABELS,
  optionsOf,
  RESULT_LABELS,
  SENIORITY_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
} from '../../shared/labels';
import { CatalogApi } from '../catalog/catalog-api';
import { type InterviewUrlParams, parseFilters } from './interview-filters';
import { type BoardGroup, InterviewsBoard } from './interviews-board';
import { InterviewsTable } from './interviews-table';

/** /interviews: filters, sort and search in the URL; a table or a board by status. */
@Component({
  selector: 'app-interviews-page',
  imports: [
    InterviewsBoard,
    InterviewsTable,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTooltipModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './interviews-page.html',
  styleUrl: './interviews-page.scss',
})
export class InterviewsPage {
  private readonly router = inject(Router);
  private readonly catalog = inject(CatalogApi);
  protected readonly stageNames = inject(StageNames);

  // Query parameters, bound by the router.
  readonly view = input<string>();
  readonly group = input<string>();
  readonly q = input<string>();
  readonly stage = input<string>();
  readonly reached = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly referral = input<string>();
  readonly rounds = input<string>();
  readonly status = input<string>();
  readonly result = input<string>();
  readonly type = input<string>();
  readonly seniority = input<string>();
  readonly remote = input<string>();
  readonly company = input<string>();
  readonly role = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  protected readonly filters = computed(() =>
    parseFilters({
      q: this.q(),
      stage: this.stage(),
      reached: this.reached(),
      from: this.from(),
      to: this.to(),
      referral: this.referral(),
      rounds: this.rounds(),
      status: this.status(),
      result: this.result(),
      type: this.type(),
      seniority: this.seniority(),
      remote: this.remote(),
      company: this.company(),
      role: this.role(),
      sort: this.sort(),
      order: this.order(),
      page: this.page(),
      size: this.size(),
    }),
  );
  protected readonly board = computed(() => this.view() === 'board');
  protected readonly boardGroup = computed<BoardGroup>(() =>
    this.group() === 'status' ? 'status' : 'stage',
  );
  /** Filters that come from a link (the dashboard's funnel), shown as removable chips. */
  protected readonly linkFilters = computed(() => {
    const f = this.filters();
    const chips: { key: keyof InterviewUrlParams; label: string }[] = [];
    if (f.reachedStage)
      chips.push({ key: 'reached', label: `Reached ${this.stageNames.label(f.reachedStage)}` });
    if (f.dateFrom) chips.push({ key: 'from', label: `Applied from ${f.dateFrom}` });
    if (f.dateTo) chips.push({ key: 'to', label: `Applied until ${f.dateTo}` });
    if (f.referral !== undefined)
      chips.push({ key: 'referral', label: `Referral: ${f.referral || 'none'}` });
    if (f.hasRounds !== undefined)
      chips.push({ key: 'rounds', label: f.hasRounds ? 'With rounds' : 'Without rounds' });
    return chips;
  });
  protected readonly anyFilter = computed(() => {
    const f = this.filters();
    return !!(
      f.search ||
      f.stages.length ||
      f.reachedStage ||
      f.dateFrom ||
      f.dateTo ||
      f.referral !== undefined ||
      f.hasRounds !== undefined ||
      f.status ||
      f.result ||
      f.type ||
      f.seniority ||
      f.remote !== undefined ||
      f.companyId ||
      f.roleId
    );
  });

  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599px)')
      .pipe(map((s) => s.matches)),
    { initialValue: false },
  );
  protected readonly showFilters = signal(false);
  protected readonly activeFilters = computed(() => {
    const f = this.filters();
    return [
      f.stages.length || undefined,
      f.status,
      f.result,
      f.type,
      f.seniority,
      f.remote,
      f.companyId,
      f.roleId,
    ].filter((v) => v !== undefined).length;
  });

  protected readonly statuses = optionsOf(STATUS_LABELS);
  protected readonly results = optionsOf(RESULT_LABELS);
  protected readonly types = optionsOf(TYPE_LABELS);
  protected readonly seniorities = optionsOf(SENIORITY_LABELS);
  protected readonly sorts = optionsOf(INTERVIEW_SORT_LABELS);
  protected readonly companies = toSignal(from(this.catalog.lookupAll('company').catch(() => [])), {
    initialValue: [],
  });
  protected readonly roles = toSignal(from(this.catalog.lookupAll('role').catch(() => [])), {
    initialValue: [],
  });

  private readonly searchInput = new Subject<string>();

  constructor() {
    // Tied to the page: a search typed just before leaving must not land on the next page's URL.
    this.searchInput
      .pipe(debounceTime(300), takeUntilDestroyed())
      .subscribe((q) => this.set({ q: q.trim() || undefined }));
  }

  protected onSearch(value: string): void {
    this.searchInput.next(value);
  }

  /** Changes some parameters; any filter change goes back to the first page. */
  protected set(patch: Partial<InterviewUrlParams>): void {
    const resetsPage = !('page' in patch) && !('size' in patch) && !('view' in patch);
    void this.router.navigate([], {
      queryParams: { ...patch, ...(resetsPage ? { page: undefined } : {}) },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected clearFilters(): void {
    void this.router.navigate([], {
      queryParams: { view: this.view(), group: this.group() },
      replaceUrl: true,
    });
  }

  protected unset(key: keyof InterviewUrlParams): void {
    this.set({ [key]: undefined });
  }

  protected setStages(stages: string[]): void {
    this.set({ stage: stages.length ? stages.join(',') : undefined });
  }

  protected str(value: unknown): string | undefined {
    return value === '' || value === null || value === undefined ? undefined : String(value);
  }
}
