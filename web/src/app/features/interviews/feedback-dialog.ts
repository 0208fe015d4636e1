import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import type { Interview } from '../../core/api/api-types';
import { formSubmit } from '../../shared/forms/form-submit';
import { blankToNull, changedValues, errorText } from '../../shared/forms/form-utils';
import { optionsOf, RESULT_LABELS, STATUS_LABELS } from '../../shared/labels';
import { InterviewsApi } from './interviews-api';

/** The outcome of an interview: status, result and the feedback fields, edited in one go. */
@Component({
  selector: 'app-feedback-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Outcome and feedback</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <div class="form-grid">
          <mat-form-field>
            <mat-label>Status</mat-label>
            <mat-select formControlName="interview_status">
              @for (o of statuses; track o.value) {
                <mat-option [value]="o.value">{{ o.label }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ err('interview_status') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Result</mat-label>
            <mat-select formControlName="interview_result" data-testid="feedback-result">
              @for (o of results; track o.value) {
                <mat-option [value]="o.value">{{ o.label }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ err('interview_result') }}</mat-error>
          </mat-form-field>
          @for (f of fields; track f[0]) {
            <mat-form-field class="wide">
              <mat-label>{{ f[1] }}</mat-label>
              <textarea matInput [formControlName]="f[0]" rows="3" [attr.data-testid]="'feedback-' + f[0]"></textarea>
              <mat-error>{{ err(f[0]) }}</mat-error>
            </mat-form-field>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (submit.error()) {
          <span class="api-error" role="alert">{{ submit.error() }}</span>
        }
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submit.saving()" data-testid="save-feedback">
          @if (submit.saving()) {
            <mat-spinner diameter="18" aria-label="Saving" />
          } @else {
            Save
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class FeedbackDialog {
  protected readonly interview = inject<Interview>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<FeedbackDialog, boolean>>(MatDialogRef);
  private readonly api = inject(InterviewsApi);
  protected readonly statuses = optionsOf(STATUS_LABELS);
  protected readonly results = optionsOf(RESULT_LABELS);
  protected readonly fields = [
    ['overall_feedback', 'Overall feedback'],
    ['strengths', 'Strengths'],
    ['areas_for_improvement', 'Areas for improvement'],
    ['offer_details', 'Offer details'],
  ] as const;

  protected readonly form = new FormGroup({
    interview_status: new FormControl(this.interview.interview_status, { nonNullable: true }),
    interview_result: new FormControl(this.interview.interview_result, { nonNullable: true }),
    overall_feedback: new FormControl(this.interview.overall_feedback),
    strengths: new FormControl(this.interview.strengths),
    areas_for_improvement: new FormControl(this.interview.areas_for_improvement),
    offer_details: new FormControl(this.interview.offer_details),
  });
  protected readonly submit = formSubmit(this.form, { host: inject(ElementRef) });

  protected err(name: string): string {
    return errorText(this.form.get(name));
  }

  protected save(): Promise<void> {
    return this.submit.run(async () => {
      const body = changedValues(this.form, blankToNull(this.form.getRawValue()));
      await this.api.update(this.interview.interview_id, body);
      this.ref.close(true);
    });
  }
}
