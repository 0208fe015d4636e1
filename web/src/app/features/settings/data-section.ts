import { KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { ApiError, toApiError } from '../../core/api/api-error';
import type { CsvImportResult, ImportSummary } from '../../core/api/api-types';
import { type ImportMode, SettingsApi } from './settings-api';

/**
 * Export (JSON, CSV) and import: drop or pick an export, see what it would create or merge
 * (a dry run on the server), then confirm.
 */
@Component({
  selector: 'app-data-section',
  imports: [
    FormsModule,
    KeyValuePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatRadioModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card-surface" aria-labelledby="export-title">
      <h2 id="export-title" class="section-title">Export</h2>
      <p class="muted">Everything you have entered, as one JSON file you can import again, or as spreadsheets.</p>
      <div class="form-actions start">
        <a mat-flat-button [href]="downloads.json" download data-testid="export-json"><mat-icon>download</mat-icon> All data (JSON)</a>
        <a mat-stroked-button [href]="downloads.interviewsCsv" download data-testid="export-interviews-csv">Interviews (CSV)</a>
        <a mat-stroked-button [href]="downloads.questionsCsv" download data-testid="export-questions-csv">Questions (CSV)</a>
      </div>
    </section>

    <section class="card-surface" aria-labelledby="import-title">
      <h2 id="import-title" class="section-title">Import</h2>
      <mat-radio-group [(ngModel)]="mode" (change)="recheck()" aria-label="How to import" class="modes">
        <mat-radio-button value="restore" data-testid="import-restore">Restore into an empty tracker</mat-radio-button>
        <mat-radio-button value="merge" data-testid="import-merge">Merge: reuse companies, roles, skills and questions with the same name</mat-radio-button>
      </mat-radio-group>
      <label
        class="drop-zone"
        [class.over]="dragging()"
        (dragover)="$event.preventDefault(); dragging.set(true)"
        (dragleave)="dragging.set(false)"
        (drop)="drop($event)"
      >
        <mat-icon aria-hidden="true">upload_file</mat-icon>
        <span>Drop an export (.json) or a questions CSV (.csv) here, or choose a file</span>
        <input type="file" accept=".json,application/json,.csv,text/csv" (change)="pick($event)" data-testid="import-file" />
      </label>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" aria-label="Working" />
      }
      @if (error(); as e) {
        <p class="api-error" role="alert" data-testid="import-error">{{ e.detail }}</p>
      }
      @if (csvPreview(); as p) {
        <div data-testid="csv-preview">
          <p>{{ csvDone() ? 'Imported from ' + fileName() + ':' : fileName() + ' has:' }} {{ p.created }} question(s){{ csvDone() ? '' : ' to add' }}@if (p.skipped) {, {{ p.skipped }} invalid row(s) left out}.</p>
          @if (p.errors.length) {
            <ul class="counts">
              @for (e of p.errors.slice(0, 10); track e.line) {
                <li>Line {{ e.line }}: {{ e.detail }}</li>
              }
            </ul>
          }
          @if (!csvDone()) {
            <div class="form-actions start">
              <button mat-flat-button type="button" (click)="confirmCsv()" [disabled]="busy() || !p.created" data-testid="csv-confirm">
                {{ p.skipped ? 'Import the valid rows' : 'Import' }}
              </button>
              <button mat-button type="button" (click)="reset()">Cancel</button>
            </div>
          } @else {
            <p role="status" data-testid="import-done">Done.</p>
          }
        </div>
      }
      @if (preview(); as p) {
        <div data-testid="import-preview">
          <p>
            {{ p.dry_run ? 'Importing ' + fileName() + ' would:' : 'Imported ' + fileName() + ':' }}
          </p>
          <ul class="counts">
            @for (entry of p.collections | keyvalue; track entry.key) {
              @if (entry.value.created || entry.value.merged) {
                <li>
                  {{ entry.key.replaceAll('_', ' ') }}: {{ entry.value.created }} new
                  @if (entry.value.merged) { , {{ entry.value.merged }} matched existing }
                </li>
              }
            }
          </ul>
          @if (p.dry_run) {
            <div class="form-actions start">
              <button mat-flat-button type="button" (click)="confirm()" [disabled]="busy()" data-testid="import-confirm">Import</button>
              <button mat-button type="button" (click)="reset()">Cancel</button>
            </div>
          } @else {
            <p role="status" data-testid="import-done">Done.</p>
          }
        </div>
      }
    </section>
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: 20px; }
    .start { justify-content: flex-start; flex-wrap: wrap; }
    .modes { display: flex; flex-direction: column; margin-bottom: 12px; }
    .drop-zone { display: flex; flex-direction: column; align-items: center; gap: 8px; padding: 24px;
      border: 2px dashed var(--mat-sys-outline-variant); border-radius: 12px; cursor: pointer; text-align: center; }
    .drop-zone.over { border-color: var(--mat-sys-primary); background: var(--mat-sys-primary-container); }
    .counts { margin: 0 0 12px; }
  `,
})
export class DataSection {
  private readonly api = inject(SettingsApi);
  protected readonly downloads = this.api.downloads;

  protected mode: ImportMode = 'restore';
  protected readonly dragging = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly preview = signal<ImportSummary | null>(null);
  protected readonly fileName = signal('');
  protected readonly csvPreview = signal<CsvImportResult | null>(null);
  protected readonly csvDone = signal(false);
  private document: Record<string, unknown> | null = null;
  private csv: string | null = null;

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files[0];
    if (file) void this.load(file);
  }

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.load(file);
    input.value = '';
  }

  private async load(file: File): Promise<void> {
    this.reset();
    this.fileName.set(file.name);
    if (file.name.toLowerCase().endsWith('.csv')) {
      this.csv = await file.text();
      await this.runCsv(true);
      return;
    }
    try {
      this.document = JSON.parse(await file.text()) as Record<string, unknown>;
    } catch {
      this.error.set(new ApiError(0, `${file.name} is not a JSON file`));
      return;
    }
    await this.run(true);
  }

  /** Another mode changes what would happen: ask again. */
  protected recheck(): void {
    if (this.document) void this.run(true);
  }

  protected confirm(): Promise<void> {
    return this.run(false);
  }

  protected reset(): void {
    this.document = null;
    this.csv = null;
    this.csvPreview.set(null);
    this.csvDone.set(false);
    this.preview.set(null);
    this.error.set(null);
  }

  protected confirmCsv(): Promise<void> {
    return this.runCsv(false);
  }

  /** The CSV is checked first (dry run); confirming keeps the valid rows. */
  private async runCsv(dryRun: boolean): Promise<void> {
    if (this.csv === null) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.csvPreview.set(await this.api.importQuestionsCsv(this.csv, dryRun, true));
      if (!dryRun) {
        this.csv = null;
        this.csvDone.set(true);
      }
    } catch (error) {
      this.csvPreview.set(null);
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async run(dryRun: boolean): Promise<void> {
    if (!this.document) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.preview.set(await this.api.importDocument(this.document, this.mode, dryRun));
      if (!dryRun) this.document = null;
    } catch (error) {
      this.preview.set(null);
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
