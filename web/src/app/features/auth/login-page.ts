import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Session, safeNext } from '../../core/auth/session';
import { formSubmit } from '../../shared/forms/form-submit';
import { errorText } from '../../shared/forms/form-utils';
import { PasswordField } from '../../shared/forms/password-field';

/** Email and password; afterwards the page the user was sent here from (`?next=`). */
@Component({
  selector: 'app-login-page',
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
      <h1>Log in</h1>
      <p class="muted">to your Interview Tracker</p>
      <mat-form-field>
        <mat-label>Email</mat-label>
        <input
          matInput
          type="email"
          formControlName="email"
          autocomplete="username"
          required
          data-testid="login-email"
        />
        <mat-error>{{ errorOf('email') }}</mat-error>
      </mat-form-field>
      <app-password-field
        [control]="form.controls.password"
        label="Password"
        autocomplete="current-password"
        testId="login-password"
      />
      @if (submit.error()) {
        <p class="api-error" role="alert" data-testid="login-error">{{ submit.error() }}</p>
      }
      <button
        mat-flat-button
        class="submit"
        type="submit"
        [disabled]="submit.saving()"
        data-testid="login-submit"
      >
        @if (submit.saving()) {
          <mat-spinner diameter="18" aria-label="Logging in" />
        } @else {
          Log in
        }
      </button>
    </form>
  `,
  styleUrl: './auth-page.scss',
})
export class LoginPage {
  private readonly session = inject(Session);

  /** Where to go afterwards, from the address. */
  readonly next = input<string>();

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submit = formSubmit(this.form, { host: inject(ElementRef) });

  protected errorOf(key: 'email' | 'password'): string {
    return errorText(this.form.get(key));
  }

  protected save(): Promise<void> {
    return this.submit.run(async () => {
      const { email, password } = this.form.getRawValue();
      await this.session.login({ email: email.trim(), password });
      this.session.continueTo(safeNext(this.next()));
    });
  }
}
