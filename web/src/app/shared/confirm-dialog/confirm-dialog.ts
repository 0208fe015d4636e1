import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  type MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { toApiError } from '../../core/api/api-error';

export interface ConfirmData {
  title: string;
  message: string;
  confirmLabel: string;
  /** The button that backs out; "Keep" unless said. */
  cancelLabel?: string;
  /** Runs when confirmed; a failure is shown in the dialog, next to the button. */
  action: () => Promise<unknown>;
}

/** Asks before a destructive action, runs it, and shows the API's reason if it fails. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, MatProgressSpinnerModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
      @if (error()) {
        <p class="api-error" role="alert" data-testid="confirm-error">{{ error() }}</p>
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
  protected readonly error = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.data.action();
      this.ref.close(true);
    } catch (error) {
      this.error.set(toApiError(error).detail);
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
