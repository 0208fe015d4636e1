import { COMMA, ENTER } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  Component,
  forwardRef,
  input,
  model,
  signal,
} from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { type MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';

/** A list of short strings (tags, skills, key concepts) edited as chips. */
@Component({
  selector: 'app-chips-input',
  imports: [MatChipsModule, MatFormFieldModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => ChipsInput), multi: true },
  ],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="label()" [disabled]="disabled()">
        @for (item of values(); track $index) {
          <mat-chip-row (removed)="remove($index)">
            {{ item }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove ' + item">
              <mat-icon>cancel</mat-icon>
            </button>
          </mat-chip-row>
        }
        <input
          [placeholder]="placeholder()"
          [matChipInputFor]="grid"
          [matChipInputSeparatorKeyCodes]="separators"
          [matChipInputAddOnBlur]="true"
          (matChipInputTokenEnd)="add($event)"
          (blur)="touched()"
        />
      </mat-chip-grid>
      @if (errorText()) {
        <mat-hint class="api-error" role="alert">{{ errorText() }}</mat-hint>
      } @else if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    .field { width: 100%; }
  `,
})
export class ChipsInput implements ControlValueAccessor {
  readonly label = input.required<string>();
  readonly placeholder = input('Type and press Enter');
  readonly hint = input<string>();
  readonly errorText = input<string | null>();
  readonly values = model<string[]>([]);
  protected readonly disabled = signal(false);
  protected readonly separators = [ENTER, COMMA] as const;

  private onChange: (value: string[] | null) => void = () => {};
  protected touched: () => void = () => {};

  protected add(event: MatChipInputEvent): void {
    const value = event.value.trim();
    if (value && !this.values().includes(value)) this.update([...this.values(), value]);
    event.chipInput.clear();
  }

  protected remove(index: number): void {
    this.update(this.values().filter((_, i) => i !== index));
  }

  private update(next: string[]): void {
    this.values.set(next);
    this.onChange(next.length ? next : null);
  }

  writeValue(value: string[] | null): void {
    this.values.set(value ?? []);
  }

  registerOnChange(fn: (value: string[] | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.touched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
