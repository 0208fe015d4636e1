import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  type MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { type Params, RouterLink } from '@angular/router';
import { type ApiError, toApiError } from '../../core/api/api-error';

/** Where to look next when the action was refused, e.g. the interviews that block a delete. */
export interface FailureLink {
  label: string;
  commands: readonly unknown[];
  queryParams?: Params;
}

export interface ConfirmData {
  title: string;
  message: string;
  confirmLabel: string;
  /** The button that backs out; "Keep" unless said. */
  cancelLabel?: string;
  /** Runs when confirmed; a failure is shown in the dialog, next to the button. */
  action: () => Promise<unknown>;
  /** A link to show with a failure, when it names something the user can go and fix. */
  failureLink?: (error: ApiError) => FailureLink | null;
}

/** Asks before a destructive action, runs it, and shows the API's reason if it fails. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, MatProgressSpinnerModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
      @if (error(); as failure) {
        <p class="api-error" role="alert" data-testid="confirm-error">{{ failure.detail }}</p>
        @if (failureLink(); as link) {
          <p>
            <a [routerLink]="link.commands" [queryParams]="link.queryParams" [mat-dialog-close]="false" data-testid="confirm-error-link">{{ link.label }}</a>
          </p>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="busy()">{{ data.cancelLabel ?? 'Keep' }}</button>
      <button mat-flat-button type="button" (click)="confirm()" [disabled]="busy()" cdkFocusInitial>
        @if (busy()) {
          <mat-spinner diameter="18" aria-label="Working" />
        } @else {
          {{ data.confirmLabel }}
        }
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmDialog, boolean>>(MatDialogRef);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly failureLink = computed(() => {
    const error = this.error();
    return (error && this.data.failureLink?.(error)) || null;
  });

  protected async confirm(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.data.action();
      this.ref.close(true);
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }
}

/** Opens the confirm dialog; resolves true when the action ran and succeeded. */
export async function confirmAction(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
    data,
    width: '420px',
    maxWidth: '95vw',
  });
  return new Promise((resolve) => ref.afterClosed().subscribe((done) => resolve(done === true)));
}
