import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { toApiError } from '../../core/api/api-error';
import type { User } from '../../core/api/api-types';
import { Session } from '../../core/auth/session';
import { loader } from '../../core/data/loader';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { UserFormDialog } from './user-form-dialog';
import { UsersApi } from './users-api';

/** The owner's screen: every account on this server, create one, disable or enable one. */
@Component({
  selector: 'app-users-page',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage {
  private readonly usersApi = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  protected readonly session = inject(Session);

  protected readonly columns = ['email', 'role', 'status', 'created', 'actions'];
  protected readonly users = loader(
    () => ({}),
    (_, signal) => this.usersApi.list(signal),
  );
  /** Why enabling or disabling a user failed, with whom. */
  protected readonly actionError = signal<{ userId: number; detail: string } | null>(null);
  protected readonly busy = signal<number | null>(null);

  protected open(): void {
    this.dialog
      .open<UserFormDialog, undefined, User>(UserFormDialog, { width: '440px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((user) => {
        if (user) this.users.reload();
      });
  }

  protected isSelf(user: User): boolean {
    return user.user_id === this.session.user()?.user_id;
  }

  protected async disable(user: User): Promise<void> {
    this.actionError.set(null);
    const done = await confirmAction(this.dialog, {
      title: `Disable ${user.email}?`,
      message:
        'They are logged out at once and cannot log in or use their tokens until enabled again. Their data stays.',
      confirmLabel: 'Disable',
      action: () => this.usersApi.update(user.user_id, { disabled: true }),
    });
    if (done) this.users.reload();
  }

  protected async enable(user: User): Promise<void> {
    this.actionError.set(null);
    this.busy.set(user.user_id);
    try {
      await this.usersApi.update(user.user_id, { disabled: false });
      this.users.reload();
    } catch (error) {
      this.actionError.set({ userId: user.user_id, detail: toApiError(error).detail });
    } finally {
      this.busy.set(null);
    }
  }
}
