import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTableModule } from '@angular/material/table';
import type { ApiToken, CreatedToken } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { formSubmit } from '../../shared/forms/form-submit';
import { errorText } from '../../shared/forms/form-utils';
import { AccountApi } from './account-api';

/**
 * Personal API tokens for scripts and feeds (`Authorization: Bearer …`): create one and see it
 * once, list them, revoke one.
 */
@Component({
  selector: 'app-tokens-page',
  imports: [
    DatePipe,
    EmptyState,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    MatTableModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tokens-page.html',
  styleUrl: './tokens-page.scss',
})
export class TokensPage {
  private readonly accountApi = inject(AccountApi);
  private readonly dialog = inject(MatDialog);
  private readonly clipboard = inject(Clipboard);

  protected readonly columns = ['name', 'prefix', 'created', 'used', 'actions'];
  protected readonly tokens = loader(
    () => ({}),
    (_, signal) => this.accountApi.listTokens(signal),
  );

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
  });
  protected readonly submit = formSubmit(this.form, {
    conflictField: 'name',
    host: inject(ElementRef),
  });

  /** The token just created: its secret is shown here and nowhere else, ever. */
  protected readonly created = signal<CreatedToken | null>(null);
  protected readonly copied = signal(false);

  protected errorOf(key: 'name'): string {
    return errorText(this.form.get(key));
  }

  protected save(): Promise<void> {
    return this.submit.run(async () => {
      const name = this.form.getRawValue().name.trim();
      const token = await this.accountApi.createToken({ name });
      this.created.set(token);
      this.copied.set(false);
      this.form.reset();
      this.tokens.reload();
    });
  }

  protected copy(secret: string): void {
    this.copied.set(this.clipboard.copy(secret));
  }

  protected dismiss(): void {
    this.created.set(null);
  }

  protected async revoke(token: ApiToken): Promise<void> {
    const done = await confirmAction(this.dialog, {
      title: 'Revoke this token?',
      message: `“${token.name}” stops working at once for every script or tool that uses it.`,
      confirmLabel: 'Revoke',
      action: () => this.accountApi.revokeToken(token.token_id),
    });
    if (!done) return;
    if (this.created()?.token_id === token.token_id) this.created.set(null);
    this.tokens.reload();
  }
}
