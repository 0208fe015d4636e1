import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { errorText } from './form-utils';

/** The shortest password the server accepts for a new one. */
export const MIN_PASSWORD = 10;

/** A password input with a button to show what was typed, and its error under it. */
@Component({
  selector: 'app-password-field',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [type]="shown() ? 'text' : 'password'"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        [attr.data-testid]="testId()"
        required
      />
      <button
        mat-icon-button
        matSuffix
        type="button"
        [attr.aria-label]="shown() ? 'Hide password' : 'Show password'"
        [attr.aria-pressed]="shown()"
        (click)="shown.set(!shown())"
      >
        <mat-icon>{{ shown() ? 'visibility_off' : 'visibility' }}</mat-icon>
      </button>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    mat-form-field { width: 100%; }
  `,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input('Password');
  /** `current-password` or `new-password`, so password managers fill or offer the right one. */
  readonly autocomplete = input<'current-password' | 'new-password'>('current-password');
  readonly hint = input<string>();
  readonly testId = input<string>();
  protected readonly shown = signal(false);

  protected error(): string {
    return errorText(this.control());
  }
}
