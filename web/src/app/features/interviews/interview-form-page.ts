import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { toApiError } from '../../core/api/api-error';
import { loader } from '../../core/data/loader';
import { ChipsInput } from '../../shared/chips-input/chips-input';
import { changedValues, errorText, showApiErrorOnField } from '../../shared/forms/form-utils';
import {
  optionsOf,
  RESULT_LABELS,
  SENIORITY_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
} from '../../shared/labels';
import { positiveInt } from '../../shared/numbers';
import { EntityPicker } from '../catalog/entity-picker';
import { interviewBody, interviewForm, patchInterviewForm } from './interview-form';
import { InterviewsApi } from './interviews-api';

/** /interviews/new and /interviews/:id/edit: every field of an interview. */
@Component({
  selector: 'app-interview-form-page',
  imports: [
    ChipsInput,
    EntityPicker,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './interview-form-page.html',
  styleUrl: './interview-form-page.scss',
})
export class InterviewFormPage {
  private readonly api = inject(InterviewsApi);
  private readonly router = inject(Router);

  /** Route parameter; absent on /interviews/new. */
  readonly id = input<string>();
  protected readonly interviewId = computed(() => positiveInt(this.id()));

  protected readonly form = interviewForm();
  protected readonly statuses = optionsOf(STATUS_LABELS);
  protected readonly results = optionsOf(RESULT_LABELS);
  protected readonly types = optionsOf(TYPE_LABELS);
  protected readonly seniorities = optionsOf(SENIORITY_LABELS);

  protected readonly existing = loader(this.interviewId, (id, signal) => this.api.get(id, signal));
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly ready = computed(() => !this.interviewId() || !!this.existing.value());

  constructor() {
    effect(() => {
      const interview = this.existing.value();
      if (interview) patchInterviewForm(this.form, interview);
    });
  }

  protected err(name: string): string {
    return errorText(this.form.get(name));
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set('Check the highlighted fields.');
      return;
    }
    const body = interviewBody(this.form);
    const id = this.interviewId();
    this.saving.set(true);
    try {
      const saved = id
        ? await this.api.update(id, changedValues(this.form, body))
        : await this.api.create(body);
      this.form.markAsPristine();
      await this.router.navigate(['/interviews', saved.interview_id]);
    } catch (cause) {
      const error = toApiError(cause);
      if (!showApiErrorOnField(this.form, error)) this.error.set(error.detail);
      else this.error.set('Check the highlighted fields.');
    } finally {
      this.saving.set(false);
    }
  }
}
