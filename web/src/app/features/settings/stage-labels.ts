import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { toApiError } from '../../core/api/api-error';
import type { Stage, StageLabel, StageLabelsUpdate } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { StageNames } from '../../core/data/stage-names';
import { optionsOf, STAGE_LABELS } from '../../shared/labels';
import { PipelineApi } from '../pipeline/pipeline-api';

const STAGES = optionsOf(STAGE_LABELS).map((o) => o.value);

/**
 * Renames the application stages for the signed-in user. The set of stages is fixed; an empty
 * name gives a stage its default name back.
 */
@Component({
  selector: 'app-stage-labels',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card-surface" aria-labelledby="stage-labels-title">
      <h2 id="stage-labels-title" class="section-title">Stage names</h2>
      <p class="muted">
        The stages an application goes through are fixed; their names are yours. Leave a name
        empty to use the default.
      </p>
      @if (labels.loading() && !labels.value()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading stage names" />
      }
      @if (labels.error(); as error) {
        <p class="api-error" role="alert">
          {{ error.detail }} <button mat-button type="button" (click)="labels.reload()">Retry</button>
        </p>
      }
      <form [formGroup]="form" (ngSubmit)="save()" class="grid" data-testid="stage-labels">
        @for (stage of stages; track stage) {
          <mat-form-field>
            <mat-label>{{ defaults[stage] }}</mat-label>
            <input matInput [formControlName]="stage" maxlength="50" [placeholder]="defaults[stage]" [attr.data-testid]="'stage-label-' + stage" />
          </mat-form-field>
        }
        @if (error(); as message) {
          <p class="api-error" role="alert">{{ message }}</p>
        }
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving()" data-testid="save-stage-labels">Save names</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 0 12px; }
    .actions, .api-error { grid-column: 1 / -1; }
  `,
})
export class StageLabels {
  private readonly api = inject(PipelineApi);
  private readonly names = inject(StageNames);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly stages = STAGES;
  protected readonly defaults = STAGE_LABELS;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = new FormGroup(
    Object.fromEntries(
      STAGES.map((stage) => [
        stage,
        new FormControl('', { nonNullable: true, validators: Validators.maxLength(50) }),
      ]),
    ) as Record<Stage, FormControl<string>>,
  );

  protected readonly labels = loader(
    () => true,
    async (_, signal) => {
      const labels = await this.api.stageLabels(signal);
      this.fill(labels);
      return labels;
    },
  );

  protected async save(): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    try {
      const labels = await this.api.updateStageLabels({
        labels: this.form.getRawValue(),
      } as StageLabelsUpdate);
      this.fill(labels);
      this.names.set(labels);
      this.snackBar.open('Stage names saved', undefined, { duration: 3000 });
    } catch (error) {
      this.error.set(toApiError(error).detail);
    } finally {
      this.saving.set(false);
    }
  }

  /** A stage with its default name shows an empty field. */
  private fill(labels: StageLabel[]): void {
    for (const l of labels) {
      this.form.controls[l.stage].setValue(l.label === l.default_label ? '' : l.label);
    }
  }
}
