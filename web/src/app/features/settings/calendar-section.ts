import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { type ApiError, toApiError } from '../../core/api/api-error';
import type { CalendarLink } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { SettingsApi } from './settings-api';

/**
 * The calendar subscription link: made here and shown once (the server keeps only a hash),
 * copied to the clipboard, replaced or revoked.
 */
@Component({
  selector: 'app-calendar-section',
  imports: [DatePipe, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card-surface" aria-labelledby="calendar-title" data-testid="calendar-section">
      <h2 id="calendar-title" class="section-title">Calendar subscription</h2>
      <p class="muted">
        Subscribe to this link in your calendar app (Google Calendar, Outlook, Apple Calendar) to
        see every scheduled round and open task there. Anyone with the link can read them: keep it
        to yourself, and replace it if it leaks.
      </p>
      @if (created(); as link) {
        <div class="secret-row">
          <code class="secret-value" data-testid="calendar-url">{{ link.url }}</code>
          <button mat-stroked-button type="button" (click)="copy(link.url)" data-testid="calendar-copy">
            <mat-icon>{{ copied() ? 'check' : 'content_copy' }}</mat-icon>
            {{ copied() ? 'Copied' : 'Copy link' }}
          </button>
        </div>
        <p class="muted">Copy it now: it is not shown again. You can make a new one at any time.</p>
        <span class="visually-hidden" role="status">{{ copied() ? 'Link copied to the clipboard' : '' }}</span>
      } @else if (status.value(); as s) {
        <p data-testid="calendar-status">
          @if (s.exists) {
            A link made on {{ s.created_at | date: 'medium' }} is active.
          } @else {
            No link yet.
          }
        </p>
      }
      @if (error(); as e) {
        <p class="api-error" role="alert">{{ e.detail }}</p>
      }
      <div class="form-actions">
        @if (status.value()?.exists || created()) {
          <button mat-button type="button" class="danger" (click)="revoke()" data-testid="calendar-revoke">
            <mat-icon>link_off</mat-icon> Revoke
          </button>
        }
        <button mat-flat-button type="button" (click)="make()" [disabled]="busy()" data-testid="calendar-create">
          <mat-icon>add_link</mat-icon>
          {{ status.value()?.exists || created() ? 'Make a new link' : 'Make a link' }}
        </button>
      </div>
    </section>
  `,
  styles: `
    .secret-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .secret-value { flex: 1 1 300px; overflow-wrap: anywhere; padding: 8px; border-radius: 8px;
      background: var(--mat-sys-surface-container-high); }
  `,
})
export class CalendarSection {
  private readonly api = inject(SettingsApi);
  private readonly clipboard = inject(Clipboard);
  private readonly dialog = inject(MatDialog);

  protected readonly status = loader(
    () => ({}),
    (_, signal) => this.api.calendarLink(signal),
  );
  protected readonly created = signal<CalendarLink | null>(null);
  protected readonly copied = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected async make(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      this.created.set(await this.api.createCalendarLink());
      this.copied.set(false);
      this.status.reload();
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected copy(url: string): void {
    this.copied.set(this.clipboard.copy(url));
  }

  protected async revoke(): Promise<void> {
    const done = await confirmAction(this.dialog, {
      title: 'Revoke the calendar link?',
      message: 'Calendars subscribed to it stop receiving your rounds and tasks.',
      confirmLabel: 'Revoke',
      action: () => this.api.revokeCalendarLink(),
    });
    if (!done) return;
    this.created.set(null);
    this.status.reload();
  }
}
