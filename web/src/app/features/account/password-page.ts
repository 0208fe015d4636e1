import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { formSubmit } from '../../shared/forms/form-submit';
import { recheckOn, sameAs } from '../../shared/forms/form-utils';
import { MIN_PASSWORD, PasswordField } from '../../shared/forms/password-field';
import { AccountApi } from './account-api';

/** The current password, then the new one twice. Other sessions are the server's business. */
@Component({
  selector: 'app-password-page',
  imports: [MatButtonModule, MatProgressSpinnerModule, PasswordField, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <header class="page-header"><h1>Change password</h1></header>
      <form class="card-surface password-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <app-password-field
          [control]="form.controls.current_password"
          label="Current password"
          autocomplete="current-password"
          testId="current-password"
        />
        <app-password-field
          [control]="form.controls.new_password"
          label="New password"
          autocomplete="new-password"
          [hint]="'At least ' + minLength + ' characters'"
          testId="new-password"
        />
        <app-password-field
          [control]="form.controls.repeat"
          label="Repeat the new password"
          autocomplete="new-password"
          testId="repeat-password"
        />
        <div class="form-actions">
          @if (submit.error()) {
            <span class="api-error" role="alert" data-testid="password-error">{{ submit.error() }}</span>
          }
          @if (changed()) {
            <span role="status" data-testid="password-changed">Password changed.</span>
          }
          <button mat-flat-button type="submit" [disabled]="submit.saving()" data-testid="password-save">
            @if (submit.saving()) {
              <mat-spinner diameter="18" aria-label="Saving" />
            } @else {
              Change password
            }
          </button>
        </div>
      </form>
    </div>
  `,
  styles: `
    .password-form { max-width: 480px; display: flex; flex-direction: column; }
  `,
})
export class PasswordPage {
  private readonly accountApi = inject(AccountApi);
  protected readonly minLength = MIN_PASSWORD;
  protected readonly changed = signal(false);

  private readonly newPassword = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(MIN_PASSWORD)],
  });
  protected readonly form = new FormGroup({
    current_password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    new_password: this.newPassword,
    repeat: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, sameAs(this.newPassword)],
    }),
  });
  protected readonly submit = formSubmit(this.form, { host: inject(ElementRef) });

  constructor() {
    recheckOn(this.form.controls.repeat, this.form.controls.new_password);
    this.form.valueChanges.subscribe(() => this.changed.set(false));
  }

  protected save(): Promise<void> {
    return this.submit.run(async () => {
      const { current_password, new_password } = this.form.getRawValue();
      await this.accountApi.changePassword({ current_password, new_password });
      this.form.reset();
      this.changed.set(true);
    });
  }
}
