import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  effect,
  inject,
  input,
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
import { missingReason } from '../../core/api/api-error';
import { loader } from '../../core/data/loader';
import { StageNames } from '../../core/data/stage-names';
import { ChipsInput } from '../../shared/chips-input/chips-input';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { formSubmit } from '../../shared/forms/form-submit';
import { changedValues, errorText } from '../../shared/forms/form-utils';
import { type HasUnsavedChanges, warnBeforeUnload } from '../../shared/forms/unsaved-changes';
import { WebAddressInput } from '../../shared/forms/web-address';
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
    EmptyState,
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
    WebAddressInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './interview-form-page.html',
  styleUrl: './interview-form-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class InterviewFormPage implements HasUnsavedChanges {
  private readonly api = inject(InterviewsApi);
  private readonly router = inject(Router);

  /** Route parameter; absent on /interviews/new. */
  readonly id = input<string>();
  /** Editing, as opposed to creating: the address holds an id, even one that is not valid. */
  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly interviewId = computed(() => positiveInt(this.id()));

  protected readonly form = interviewForm();
  protected readonly submit = formSubmit(this.form, { host: inject(ElementRef) });
  protected readonly statuses = optionsOf(STATUS_LABELS);
  protected readonly stages = inject(StageNames);
  protected readonly results = optionsOf(RESULT_LABELS);
  protected readonly types = optionsOf(TYPE_LABELS);
  protected readonly seniorities = optionsOf(SENIORITY_LABELS);

  protected readonly existing = loader(this.interviewId, (id, signal) => this.api.get(id, signal));
  protected readonly ready = computed(() => !this.editing() || !!this.existing.value());
  /** Why there is no interview to edit, or null: the address holds no id, or none has it. */
  protected readonly missing = computed(() =>
    this.editing() ? missingReason(!!this.interviewId(), this.existing.error(), 'interview') : null,
  );

  constructor() {
    effect(() => {
      const interview = this.existing.value();
      if (interview) patchInterviewForm(this.form, interview);
    });
  }

  /** Edits not saved yet; a save in flight already holds them (it navigates before it ends). */
  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.submit.saving();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnBeforeUnload(this, event);
  }

  protected err(name: string): string {
    return errorText(this.form.get(name));
  }

  protected save(): Promise<void> {
    return this.submit.run(async () => {
      const body = interviewBody(this.form);
      const id = this.interviewId();
      const saved = id
        ? await this.api.update(id, changedValues(this.form, body))
        : await this.api.create(body);
      await this.router.navigate(['/interviews', saved.interview_id]);
    });
  }
}
