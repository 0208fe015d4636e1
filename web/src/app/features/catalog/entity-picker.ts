import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  type OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { catchError, debounceTime, filter, from, map, of, startWith, switchMap } from 'rxjs';
import { toApiError } from '../../core/api/api-error';
import { errorText } from '../../shared/forms/form-utils';
import { CatalogApi, type LookupKind, type LookupOption } from './catalog-api';

const CREATE: LookupOption = { id: -1, name: '' };

/**
 * Picks a company or role by typing part of its name; offers to create it when it does not
 * exist yet. Writes the chosen id into `control`.
 */
@Component({
  selector: 'app-entity-picker',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="text"
        [matAutocomplete]="auto"
        [attr.data-testid]="testId()"
        autocomplete="off"
      />
      @if (selected()) {
        <button matSuffix mat-icon-button type="button" [attr.aria-label]="'Clear ' + label()" (click)="clear()">
          <mat-icon>close</mat-icon>
        </button>
      }
      <mat-autocomplete #auto [displayWith]="display" (optionSelected)="choose($event.option.value)">
        @for (option of options(); track option.id) {
          <mat-option [value]="option">{{ option.name }}</mat-option>
        }
        @if (canCreate()) {
          <mat-option [value]="createOption" class="create-option">
            <mat-icon>add</mat-icon> Create “{{ term() }}”
          </mat-option>
        }
      </mat-autocomplete>
      @if (creating()) {
        <mat-hint>Creating “{{ term() }}”…</mat-hint>
      } @else if (error()) {
        <mat-hint class="api-error" role="alert">{{ error() }}</mat-hint>
      } @else if (selected()) {
        <mat-hint>Selected: {{ selected()?.name }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    .field { width: 100%; }
  `,
})
export class EntityPicker implements OnInit {
  private readonly catalog = inject(CatalogApi);

  readonly kind = input.required<LookupKind>();
  readonly label = input.required<string>();
  readonly control = input.required<FormControl<number | null>>();
  readonly initialName = input<string | null>(null);
  readonly testId = input<string>();

  protected readonly createOption = CREATE;
  protected readonly text = new FormControl<string | LookupOption>('', { nonNullable: true });
  protected readonly selected = signal<LookupOption | null>(null);
  protected readonly creating = signal(false);
  private readonly createError = signal<string | null>(null);

  /** What the user typed last; choosing an option (an object) leaves it as it was. */
  protected readonly term = toSignal(
    this.text.valueChanges.pipe(
      filter((v): v is string => typeof v === 'string'),
      map((v) => v.trim()),
    ),
    { initialValue: '' },
  );

  protected readonly options = toSignal(
    toObservable(this.term).pipe(
      debounceTime(200),
      switchMap((term) =>
        from(this.catalog.lookup(this.kind(), term)).pipe(catchError(() => of([]))),
      ),
      startWith([] as LookupOption[]),
    ),
    { initialValue: [] },
  );

  protected readonly canCreate = computed(() => {
    const term = this.term().toLowerCase();
    return (
      term.length > 0 &&
      this.selected()?.name.toLowerCase() !== term &&
      !this.options().some((o) => o.name.toLowerCase() === term)
    );
  });

  protected readonly error = computed(() => {
    this.selected();
    return this.createError() ?? (errorText(this.control()) || null);
  });

  constructor() {
    this.text.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      // Typing over a choice un-chooses it, so the form never keeps an id the text no longer names.
      if (typeof value === 'string' && this.selected()) {
        this.selected.set(null);
        this.control().setValue(null);
        this.control().markAsDirty();
      }
      this.createError.set(null);
    });
  }

  ngOnInit(): void {
    const id = this.control().value;
    const name = this.initialName();
    if (id !== null && name) {
      const option = { id, name };
      this.selected.set(option);
      this.text.setValue(option, { emitEvent: false });
    }
  }

  protected readonly display = (value: string | LookupOption | null): string =>
    typeof value === 'string' ? value : (value?.name ?? '');

  protected async choose(option: LookupOption): Promise<void> {
    if (option !== CREATE) {
      this.apply(option);
      return;
    }
    const name = this.term();
    this.text.setValue(name, { emitEvent: false });
    this.creating.set(true);
    try {
      this.apply(await this.catalog.createLookup(this.kind(), name));
    } catch (error) {
      this.createError.set(toApiError(error).detail);
    } finally {
      this.creating.set(false);
    }
  }

  protected clear(): void {
    this.text.setValue('');
  }

  private apply(option: LookupOption): void {
    this.selected.set(option);
    this.text.setValue(option, { emitEvent: false });
    this.control().setValue(option.id);
    this.control().markAsDirty();
  }
}
