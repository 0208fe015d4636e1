import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { InterviewResult, InterviewStatus, Round, RoundType } from '../../core/api/api-types';
import { ChipsInput } from '../../shared/chips-input/chips-input';
import { formSubmit } from '../../shared/forms/form-submit';
import { blankToNull, changedValues, errorText } from '../../shared/forms/form-utils';
import { WebAddressInput, webAddress, withWebAddresses } from '../../shared/forms/web-address';
import {
  optionsOf,
  RESULT_LABELS,
  ROUND_RESULTS,
  ROUND_TYPE_LABELS,
  STATUS_LABELS,
} from '../../shared/labels';
import { toNumber } from '../../shared/numbers';
import { InterviewsApi } from './interviews-api';

export interface RoundDialogData {
  interviewId: number;
  round?: Round;
  nextNumber: number;
}

const text = (max?: number) =>
  new FormControl<string | null>(null, max ? [Validators.maxLength(max)] : []);
const link = () => new FormControl<string | null>(null, [Validators.maxLength(500), webAddress]);

/** Adds or edits a round, with every field the API stores for one. */
@Component({
  selector: 'app-round-dialog',
  imports: [
    ChipsInput,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    WebAddressInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-dialog.html',
})
export class RoundDialog {
  protected readonly data = inject<RoundDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RoundDialog, Round>>(MatDialogRef);
  private readonly api = inject(InterviewsApi);
  protected readonly types = optionsOf(ROUND_TYPE_LABELS);
  protected readonly statuses = optionsOf(STATUS_LABELS);
  /** A round's results, plus an offer an older round was given, so the select still shows it. */
  protected readonly results = optionsOf(RESULT_LABELS).filter(
    (o) => ROUND_RESULTS.includes(o.value) || o.value === this.data.round?.round_result,
  );

  protected readonly form = new FormGroup({
    round_number: new FormControl<number | null>(this.data.nextNumber, [
      Validators.required,
      Validators.min(1),
    ]),
    round_type: new FormControl<RoundType | null>(null, Validators.required),
    round_name: text(200),
    round_status: new FormControl<InterviewStatus>('scheduled', { nonNullable: true }),
    round_result: new FormControl<InterviewResult>('pending', { nonNullable: true }),
    scheduled_date: new FormControl<string | null>(null),
    scheduled_time: new FormControl<string | null>(null),
    duration_minutes: new FormControl<number | null>(null, [Validators.min(0)]),
    timezone: text(50),
    is_virtual: new FormControl(true, { nonNullable: true }),
    meeting_platform: text(100),
    meeting_link: link(),
    physical_location: text(500),
    interviewer_name: text(200),
    interviewer_title: text(200),
    interviewer_email: text(200),
    interviewer_linkedin_url: link(),
    interviewer_notes: text(),
    rating: new FormControl<number | null>(null, [Validators.min(1), Validators.max(10)]),
    feedback: text(),
    preparation_notes: text(),
    questions_asked_summary: text(),
    key_topics_covered: new FormControl<string[] | null>(null),
    follow_up_actions: text(),
  });
  protected readonly submit = formSubmit(this.form, { host: inject(ElementRef) });

  constructor() {
    const round = this.data.round;
    if (round) {
      const values: Record<string, unknown> = {};
      for (const key of Object.keys(this.form.controls)) {
        values[key] = (round as Record<string, unknown>)[key] ?? null;
      }
      values['scheduled_time'] = round.scheduled_time?.slice(0, 5) ?? null;
      this.form.reset(values as never);
    }
  }

  protected err(name: string): string {
    return errorText(this.form.get(name));
  }

  protected save(): Promise<void> {
    return this.submit.run(async () => {
      const raw = withWebAddresses(blankToNull(this.form.getRawValue()), [
        'meeting_link',
        'interviewer_linkedin_url',
      ]);
      const body = {
        ...raw,
        round_number: toNumber(raw.round_number) ?? this.data.nextNumber,
        round_type: raw.round_type ?? 'other',
        duration_minutes: toNumber(raw.duration_minutes),
        rating: toNumber(raw.rating),
      };
      const { interviewId, round } = this.data;
      const saved = round
        ? await this.api.updateRound(interviewId, round.round_id, changedValues(this.form, body))
        : await this.api.createRound(interviewId, body);
      this.ref.close(saved);
    });
  }
}
