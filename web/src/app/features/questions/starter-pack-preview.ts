import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { toApiError } from '../../core/api/api-error';
import type { PackEntrySummary, PackImportResult } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { AGENT_LABELS, CATEGORY_LABELS, DIFFICULTY_LABELS } from '../../shared/labels';
import { Markdown } from '../../shared/markdown/markdown';
import { StarterPackApi } from './starter-pack-api';

/**
 * One starter-pack entry in full: the model answer, how to approach it, the usual mistakes and
 * the follow-ups. Closes with the import's result when the user imports it from here.
 */
@Component({
  selector: 'app-starter-pack-preview',
  imports: [
    Markdown,
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './starter-pack-preview.html',
  styleUrl: './starter-pack-preview.scss',
})
export class StarterPackPreview {
  private readonly api = inject(StarterPackApi);
  private readonly ref = inject<MatDialogRef<StarterPackPreview, PackImportResult>>(MatDialogRef);
  protected readonly summary = inject<PackEntrySummary>(MAT_DIALOG_DATA);
  protected readonly entry = loader(
    () => this.summary.id,
    (id, signal) => this.api.get(id, signal),
  );
  protected readonly importing = signal(false);
  protected readonly importError = signal<string | null>(null);

  protected readonly agents = AGENT_LABELS;
  protected readonly categories = CATEGORY_LABELS;
  protected readonly difficulties = DIFFICULTY_LABELS;

  protected async importEntry(): Promise<void> {
    this.importing.set(true);
    this.importError.set(null);
    try {
      this.ref.close(await this.api.import({ ids: [this.summary.id] }));
    } catch (error) {
      this.importError.set(toApiError(error).detail);
    } finally {
      this.importing.set(false);
    }
  }
}
