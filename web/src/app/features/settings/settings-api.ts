import { Injectable, inject } from '@angular/core';
import { Api } from '../../core/api/api-client';

export type ImportMode = 'restore' | 'merge';

/** Export and import of all data, and the calendar subscription link. */
@Injectable({ providedIn: 'root' })
export class SettingsApi {
  private readonly api = inject(Api);
  private readonly c = this.api.client;

  /** Download addresses: the browser fetches them itself, with the session cookie. */
  readonly downloads = {
    json: this.api.url('/api/export'),
    interviewsCsv: this.api.url('/api/export/interviews.csv'),
    questionsCsv: this.api.url('/api/export/questions.csv'),
  };

  /** Checks (dry run) or imports an export document. */
  importDocument(document: Record<string, unknown>, mode: ImportMode, dryRun: boolean) {
    return this.api.call(
      this.c.POST('/api/import', {
        params: { query: { mode, dry_run: dryRun } },
        body: document as { version: number },
      }),
    );
  }

  /** Checks (dry run) or imports a questions CSV; `partial` keeps only the valid rows. */
  importQuestionsCsv(text: string, dryRun: boolean, partial: boolean) {
    return this.api.call(
      this.c.POST('/api/import/questions.csv', {
        params: { query: { dry_run: dryRun, partial } },
        body: text,
        bodySerializer: (body) => body,
        headers: { 'content-type': 'text/csv' },
      }),
    );
  }

  calendarLink(signal?: AbortSignal) {
    return this.api.call(this.c.GET('/api/calendar/link', { signal }));
  }

  createCalendarLink() {
    return this.api.call(this.c.POST('/api/calendar/link'));
  }

  revokeCalendarLink() {
    return this.api.call(this.c.DELETE('/api/calendar/link'));
  }
}
