import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { debounceTime, Subject } from 'rxjs';
import { toApiError } from '../../core/api/api-error';
import type { PackEntrySummary, PackImport, PackImportResult } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { AGENT_LABELS, CATEGORY_LABELS, DIFFICULTY_LABELS, optionsOf } from '../../shared/labels';
import { StarterPackApi } from './starter-pack-api';
import {
  describeFilter,
  PACK_PAGE_SIZES,
  type PackUrlParams,
  parsePackFilters,
  toPackQuery,
} from './starter-pack-filters';
import { StarterPackPreview } from './starter-pack-preview';

/** What an import did, as one sentence. */
export function importOutcome({ imported, skipped }: PackImportResult): string {
  const questions = (n: number) => `${n} question${n === 1 ? '' : 's'}`;
  if (imported.length === 0) {
    return skipped.length === 1
      ? 'Nothing new: it was already in your bank.'
      : `Nothing new: all ${skipped.length} were already in your bank.`;
  }
  const already =
    skipped.length === 0
      ? ''
      : `; ${skipped.length} ${skipped.length === 1 ? 'was' : 'were'} already there`;
  return `Imported ${questions(imported.length)} into your bank${already}.`;
}

/**
 * /questions/starter-pack: the questions the app ships with, searchable by text, agent and
 * category, each with a model answer to preview; chosen entries, or every entry of an agent or
 * category, are copied into the bank.
 */
@Component({
  selector: 'app-starter-pack-page',
  imports: [
    EmptyState,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './starter-pack-page.html',
  styleUrl: './starter-pack-page.scss',
})
export class StarterPackPage {
  private readonly api = inject(StarterPackApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  // Query parameters, bound by the router.
  readonly q = input<string>();
  readonly agent = input<string>();
  readonly category = input<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  protected readonly filters = computed(() =>
    parsePackFilters({
      q: this.q(),
      agent: this.agent(),
      category: this.category(),
      page: this.page(),
      size: this.size(),
    }),
  );
  protected readonly result = loader(
    () => toPackQuery(this.filters()),
    (query, signal) => this.api.list(query, signal),
  );

  /** An agent or category is chosen: "import all" imports every entry of it. */
  protected readonly canImportAll = computed(() => {
    const f = this.filters();
    return !!(f.agent || f.category);
  });
  // With a search the list counts only the matches, but "import all" takes the whole filter.
  private readonly filterCount = loader(
    () => {
      const f = this.filters();
      if (!f.search || !this.canImportAll()) return undefined;
      return { ...toPackQuery({ ...f, search: '', pageIndex: 0 }), limit: 1 };
    },
    (query, signal) => this.api.list(query, signal),
  );
  protected readonly filterTotal = computed(() => {
    if (!this.canImportAll()) return null;
    const source = this.filters().search ? this.filterCount : this.result;
    return source.loading() ? null : (source.value()?.total ?? null);
  });
  protected readonly filterName = computed(() => describeFilter(this.filters()));

  /** Chosen entry ids, kept across pages until imported or cleared. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  private readonly selectable = computed(() =>
    (this.result.value()?.data ?? []).filter((e) => !e.imported_question_id).map((e) => e.id),
  );
  protected readonly pageSelection = computed(() => {
    const ids = this.selectable();
    const chosen = ids.filter((id) => this.selected().has(id)).length;
    return { all: ids.length > 0 && chosen === ids.length, some: chosen > 0, none: !ids.length };
  });

  protected readonly importing = signal(false);
  protected readonly outcome = signal<string | null>(null);
  protected readonly importError = signal<string | null>(null);

  protected readonly agents = optionsOf(AGENT_LABELS);
  protected readonly categories = optionsOf(CATEGORY_LABELS);
  protected readonly agentLabels = AGENT_LABELS;
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly difficultyLabels = DIFFICULTY_LABELS;
  protected readonly pageSizes = PACK_PAGE_SIZES;

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

  /** Changes some parameters; a filter change goes back to the first page. */
  protected set(patch: Partial<PackUrlParams>): void {
    const resetsPage = !('page' in patch) && !('size' in patch);
    void this.router.navigate([], {
      queryParams: { ...patch, ...(resetsPage ? { page: undefined } : {}) },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
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

  protected toggle(id: string): void {
    this.selected.update((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  protected togglePage(): void {
    const ids = this.selectable();
    const selectAll = !this.pageSelection().all;
    this.selected.update((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (selectAll) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  protected preview(entry: PackEntrySummary): void {
    this.dialog
      .open<StarterPackPreview, PackEntrySummary, PackImportResult>(StarterPackPreview, {
        data: entry,
        width: '760px',
        maxWidth: '96vw',
        maxHeight: '92vh',
        autoFocus: 'dialog',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((result) => {
        if (!result) return;
        this.selected.update((current) => {
          const next = new Set(current);
          next.delete(entry.id);
          return next;
        });
        this.done(result);
      });
  }

  protected async importSelected(): Promise<void> {
    const ids = [...this.selected()];
    if (!ids.length || this.importing()) return;
    const result = await this.run({ ids });
    if (result) this.clearSelection();
  }

  protected async importAll(): Promise<void> {
    const f = this.filters();
    const total = this.filterTotal();
    if (!total) return;
    const body: PackImport = {
      ...(f.agent ? { agent: f.agent } : {}),
      ...(f.category ? { category: f.category } : {}),
    };
    let result: PackImportResult | undefined;
    const done = await confirmAction(this.dialog, {
      title: `Import ${total} ${total === 1 ? 'entry' : 'entries'}?`,
      message:
        `All ${total} of ${this.filterName()} go into your question bank, each with its model ` +
        'answer. Those already in your bank are skipped.',
      confirmLabel: `Import ${total}`,
      cancelLabel: 'Cancel',
      action: async () => {
        result = await this.api.import(body);
      },
    });
    if (done && result) this.done(result);
  }

  private async run(body: PackImport): Promise<PackImportResult | null> {
    this.importing.set(true);
    this.importError.set(null);
    try {
      const result = await this.api.import(body);
      this.done(result);
      return result;
    } catch (error) {
      this.importError.set(toApiError(error).detail);
      return null;
    } finally {
      this.importing.set(false);
    }
  }

  private done(result: PackImportResult): void {
    this.outcome.set(importOutcome(result));
    this.importError.set(null);
    this.result.reload();
  }
}
