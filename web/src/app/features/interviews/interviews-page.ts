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
import { InterviewsBoard } from './interviews-board';
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

  // Query parameters, bound by the router.
  readonly view = input<string>();
  readonly q = input<string>();
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
  protected readonly anyFilter = computed(() => {
    const f = this.filters();
    return !!(
      f.search ||
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
    return [f.status, f.result, f.type, f.seniority, f.remote, f.companyId, f.roleId].filter(
      (v) => v !== undefined,
    ).length;
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
    void this.router.navigate([], { queryParams: { view: this.view() }, replaceUrl: true });
  }

  protected str(value: unknown): string | undefined {
    return value === '' || value === null || value === undefined ? undefined : String(value);
  }
}
