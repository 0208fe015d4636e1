import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Session } from '../../core/auth/session';
import { formSubmit } from '../../shared/forms/form-submit';
import { errorText, recheckOn, sameAs } from '../../shared/forms/form-utils';
import { MIN_PASSWORD, PasswordField } from '../../shared/forms/password-field';

/** The server's first account, while it has none: the owner, who then creates the others. */
@Component({
  selector: 'app-setup-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    PasswordField,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="card-surface auth-card" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <h1>Create the owner account</h1>
      <p class="muted">
        This server has no accounts yet. The owner can log in, and create and disable the
        accounts of everyone else.
      </p>
      <mat-form-field>
        <mat-label>Email</mat-label>
        <input
          matInput
          type="email"
          formControlName="email"
          autocomplete="username"
          required
          data-testid="setup-email"
        />
        <mat-error>{{ errorOf('email') }}</mat-error>
      </mat-form-field>
      <app-password-field
        [control]="form.controls.password"
        label="Password"
        autocomplete="new-password"
        [hint]="'At least ' + minLength + ' characters'"
        testId="setup-password"
      />
      <app-password-field
        [control]="form.controls.repeat"
        label="Repeat the password"
        autocomplete="new-password"
        testId="setup-repeat"
      />
      @if (submit.error()) {
        <p class="api-error" role="alert" data-testid="setup-error">{{ submit.error() }}</p>
      }
      <button
        mat-flat-button
        class="submit"
        type="submit"
        [disabled]="submit.saving()"
        data-testid="setup-submit"
      >
        @if (submit.saving()) {
          <mat-spinner diameter="18" aria-label="Creating the account" />
        } @else {
          Create the account
        }
      </button>
    </form>
  `,
  styleUrl: './auth-page.scss',
})
export class SetupPage {
  private readonly session = inject(Session);
  protected readonly minLength = MIN_PASSWORD;

  private readonly password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(MIN_PASSWORD)],
  });
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: this.password,
    repeat: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, sameAs(this.password)],
    }),
  });
  protected readonly submit = formSubmit(this.form, { host: inject(ElementRef) });

  constructor() {
    recheckOn(this.form.controls.repeat, this.form.controls.password);
  }

  protected errorOf(key: 'email'): string {
    return errorText(this.form.get(key));
  }

  protected save(): Promise<void> {
    return this.submit.run(async () => {
      const { email, password } = this.form.getRawValue();
      await this.session.setup({ email: email.trim(), password });
      this.session.continueTo('/dashboard');
    });
  }
}
