import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { debounceTime, map, Subject } from 'rxjs';
import { toApiError } from '../../core/api/api-error';
import type { QuestionSummary } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { ChipsInput } from '../../shared/chips-input/chips-input';
import { EmptyState } from '../../shared/empty-state/empty-state';
import {
  CATEGORY_LABELS,
  DIFFICULTY_LABELS,
  isOneOf,
  optionsOf,
  QUESTION_SORT_LABELS,
} from '../../shared/labels';
import { PAGE_SIZES, parseFilters, type QuestionUrlParams, toQuery } from './question-filters';
import { QuestionsApi } from './questions-api';

/** /questions: the bank, searchable and filterable, with deleted questions one switch away. */
@Component({
  selector: 'app-questions-page',
  imports: [
    ChipsInput,
    EmptyState,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './questions-page.html',
  styleUrl: './questions-page.scss',
})
export class QuestionsPage {
  private readonly api = inject(QuestionsApi);
  private readonly router = inject(Router);

  readonly q = input<string>();
  readonly category = input<string>();
  readonly difficulty = input<string>();
  readonly tags = input<string>();
  readonly deleted = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  protected readonly filters = computed(() =>
    parseFilters({
      q: this.q(),
      category: this.category(),
      difficulty: this.difficulty(),
      tags: this.tags(),
      deleted: this.deleted(),
      sort: this.sort(),
      order: this.order(),
      page: this.page(),
      size: this.size(),
    }),
  );
  protected readonly anyFilter = computed(() => {
    const f = this.filters();
    return !!(f.search || f.category || f.difficulty || f.tags.length);
  });

  protected readonly result = loader(
    () => toQuery(this.filters()),
    (query, signal) => this.api.list(query, signal),
  );
  protected readonly restoring = signal<number | null>(null);
  protected readonly rowErrors = signal<Record<number, string>>({});

  protected readonly categories = optionsOf(CATEGORY_LABELS);
  protected readonly difficulties = optionsOf(DIFFICULTY_LABELS);
  protected readonly sorts = optionsOf(QUESTION_SORT_LABELS);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly categoryLabels: Record<string, string> = CATEGORY_LABELS;
  protected readonly difficultyLabels: Record<string, string> = DIFFICULTY_LABELS;

  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599px)')
      .pipe(map((s) => s.matches)),
    { initialValue: false },
  );
  protected readonly showFilters = signal(false);

  private readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe('(min-width: 900px)')
      .pipe(map((s) => s.matches)),
    { initialValue: true },
  );
  protected readonly columns = computed(() => [
    'question_text',
    ...(this.wide()
      ? [
          'question_category',
          'question_difficulty',
          'times_asked',
          'times_practiced',
          'average_rating',
          'tags',
        ]
      : ['question_difficulty']),
    ...(this.filters().deleted ? ['restore'] : []),
  ]);

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

  protected set(patch: Partial<QuestionUrlParams>): void {
    const resetsPage = !('page' in patch) && !('size' in patch);
    void this.router.navigate([], {
      queryParams: { ...patch, ...(resetsPage ? { page: undefined } : {}) },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected setTags(tags: string[]): void {
    this.set({ tags: tags.length ? tags.join(',') : undefined });
  }

  protected onSort(sort: Sort): void {
    if (isOneOf(QUESTION_SORT_LABELS, sort.active)) {
      this.set({ sort: sort.active, order: sort.direction || undefined });
    }
  }

  protected onPage(event: PageEvent): void {
    this.set({
      page: event.pageIndex > 0 ? String(event.pageIndex + 1) : undefined,
      size: event.pageSize === 20 ? undefined : String(event.pageSize),
    });
  }

  protected str(value: unknown): string | undefined {
    return value === '' || value === null || value === undefined ? undefined : String(value);
  }

  protected async restore(question: QuestionSummary): Promise<void> {
    this.restoring.set(question.question_id);
    try {
      await this.api.restore(question.question_id);
      this.result.reload();
    } catch (error) {
      this.rowErrors.update((e) => ({ ...e, [question.question_id]: toApiError(error).detail }));
    } finally {
      this.restoring.set(null);
    }
  }
}
