import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import type { User } from '../../core/api/api-types';
import { formSubmit } from '../../shared/forms/form-submit';
import { errorText } from '../../shared/forms/form-utils';
import { MIN_PASSWORD, PasswordField } from '../../shared/forms/password-field';
import { UsersApi } from './users-api';

/** A new account: its email and a first password, which the owner passes on to its user. */
@Component({
  selector: 'app-user-form-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    PasswordField,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>New user</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <div class="fields">
          <mat-form-field>
            <mat-label>Email</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" required data-testid="user-email-field" />
            <mat-error>{{ errorOf('email') }}</mat-error>
          </mat-form-field>
          <app-password-field
            [control]="form.controls.password"
            label="First password"
            autocomplete="new-password"
            [hint]="'At least ' + minLength + ' characters; they can change it after logging in'"
            testId="user-password-field"
          />
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (submit.error()) {
          <span class="api-error" role="alert">{{ submit.error() }}</span>
        }
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submit.saving()" data-testid="save">
          @if (submit.saving()) {
            <mat-spinner diameter="18" aria-label="Saving" />
          } @else {
            Create user
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields { display: flex; flex-direction: column; padding-top: 8px; }
    mat-dialog-actions .api-error { margin-right: auto; }
  `,
})
export class UserFormDialog {
  private readonly usersApi = inject(UsersApi);
  private readonly ref = inject<MatDialogRef<UserFormDialog, User>>(MatDialogRef);
  protected readonly minLength = MIN_PASSWORD;

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(MIN_PASSWORD)],
    }),
  });
  protected readonly submit = formSubmit(this.form, {
    conflictField: 'email',
    host: inject(ElementRef),
  });

  protected errorOf(key: 'email'): string {
    return errorText(this.form.get(key));
  }

  protected save(): Promise<void> {
    return this.submit.run(async () => {
      const { email, password } = this.form.getRawValue();
      this.ref.close(await this.usersApi.create({ email: email.trim(), password }));
    });
  }
}
