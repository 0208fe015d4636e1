import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { debounceTime, map } from 'rxjs';
import { toApiError } from '../../core/api/api-error';
import { loader } from '../../core/data/loader';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { type CatalogKind, Catalogs, PAGE_SIZE, type Row } from './catalog-config';
import { type CatalogFormData, CatalogFormDialog } from './catalog-form-dialog';

/** Companies, roles or skills: search, list, create, edit, delete. */
@Component({
  selector: 'app-catalog-page',
  imports: [
    EmptyState,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    MatTooltipModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalog-page.html',
  styleUrl: './catalog-page.scss',
})
export class CatalogPage {
  private readonly catalogs = inject(Catalogs);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  /** From the route's data. */
  readonly kind = input.required<CatalogKind>();
  protected readonly config = computed(() => this.catalogs.get(this.kind()));

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly categoryControl = new FormControl('', { nonNullable: true });
  protected readonly trendingControl = new FormControl<'' | 'true' | 'false'>('', {
    nonNullable: true,
  });
  private readonly search = toSignal(
    this.searchControl.valueChanges.pipe(
      debounceTime(250),
      map((v) => v.trim()),
    ),
    { initialValue: '' },
  );
  private readonly category = toSignal(
    this.categoryControl.valueChanges.pipe(
      debounceTime(250),
      map((v) => v.trim()),
    ),
    { initialValue: '' },
  );
  private readonly trending = toSignal(this.trendingControl.valueChanges, {
    initialValue: '' as const,
  });

  private readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe('(min-width: 760px)')
      .pipe(map((s) => s.matches)),
    { initialValue: true },
  );

  protected readonly columns = computed(() =>
    this.config().columns.filter((c) => this.wide() || !c.wideOnly),
  );
  protected readonly displayedColumns = computed(() => [
    ...this.columns().map((c) => c.key),
    'actions',
  ]);

  private readonly query = computed(() => {
    const trending = this.trending();
    return {
      kind: this.kind(),
      skip: 0,
      limit: PAGE_SIZE,
      ...(this.search() ? { search: this.search() } : {}),
      ...(this.category() ? { category: this.category() } : {}),
      ...(trending ? { is_trending: trending === 'true' } : {}),
    };
  });

  /** Whether the last page fetched was full, so another may follow (lists carry no total). */
  protected readonly hasMore = signal(false);
  protected readonly rows = loader(this.query, async ({ kind, ...query }, signal) => {
    const rows = await this.catalogs.get(kind).list(query, signal);
    this.hasMore.set(rows.length === PAGE_SIZE);
    return rows;
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<string | null>(null);
  protected readonly filtered = computed(
    () => !!(this.search() || this.category() || this.trending()),
  );

  protected id(row: Row): number {
    return row[this.config().idKey] as number;
  }

  protected name(row: Row): string {
    return String(row[this.config().nameKey] ?? '');
  }

  protected text(value: unknown): string {
    if (Array.isArray(value)) return value.join(', ');
    return value === null || value === undefined ? '' : String(value);
  }

  protected list(value: unknown): string[] {
    return Array.isArray(value) ? value.map(String) : [];
  }

  protected safeUrl(value: unknown): string | null {
    return typeof value === 'string' && /^https?:\/\//i.test(value) ? value : null;
  }

  protected async loadMore(): Promise<void> {
    const { kind, ...query } = this.query();
    const current = this.rows.value() ?? [];
    this.loadingMore.set(true);
    this.moreError.set(null);
    try {
      const next = await this.catalogs
        .get(kind)
        .list({ ...query, skip: current.length }, new AbortController().signal);
      this.rows.set([...current, ...next]);
      this.hasMore.set(next.length === PAGE_SIZE);
    } catch (error) {
      this.moreError.set(toApiError(error).detail);
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected open(row?: Row): void {
    const ref = this.dialog.open<CatalogFormDialog, CatalogFormData, Row>(CatalogFormDialog, {
      data: { config: this.config(), row },
      width: '640px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    ref
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) this.rows.reload();
      });
  }

  protected async remove(row: Row): Promise<void> {
    const config = this.config();
    const id = this.id(row);
    const filter = config.interviewFilter;
    const done = await confirmAction(this.dialog, {
      title: `Delete ${config.singular}?`,
      message: `“${this.name(row)}” will be deleted. This cannot be undone.`,
      confirmLabel: 'Delete',
      action: () => config.remove(id),
      // Refused because interviews still use it: the list of exactly those, one click away.
      failureLink: (error) =>
        filter && error.code === 'conflict'
          ? {
              label: 'Show these interviews',
              commands: ['/interviews'],
              queryParams: { [filter]: id },
            }
          : null,
    });
    if (done) this.rows.reload();
  }
}
