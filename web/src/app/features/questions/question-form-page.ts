import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { missingReason } from '../../core/api/api-error';
import type { QuestionCategory, QuestionDifficulty } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { ChipsInput } from '../../shared/chips-input/chips-input';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { formSubmit } from '../../shared/forms/form-submit';
import { blankToNull, changedValues, errorText } from '../../shared/forms/form-utils';
import { type HasUnsavedChanges, warnBeforeUnload } from '../../shared/forms/unsaved-changes';
import { WebAddressInput, webAddress, withWebAddresses } from '../../shared/forms/web-address';
import { CATEGORY_LABELS, DIFFICULTY_LABELS, optionsOf } from '../../shared/labels';
import { Markdown } from '../../shared/markdown/markdown';
import { positiveInt, toNumber } from '../../shared/numbers';
import { QuestionsApi } from './questions-api';

const text = (max?: number) =>
  new FormControl<string | null>(null, max ? [Validators.maxLength(max)] : []);
const list = () => new FormControl<string[] | null>(null);
const link = () => new FormControl<string | null>(null, [Validators.maxLength(500), webAddress]);

/** The link fields, with their labels. */
const LINK_FIELDS = [
  ['source_url', 'Source URL'],
  ['answer_markdown_link', 'Answer document URL'],
  ['diagram_url', 'Diagram URL'],
  ['video_explanation_url', 'Video URL'],
] as const;

/** The list fields, edited as chips, with their labels. */
export const LIST_FIELDS = [
  ['tags', 'Tags'],
  ['key_concepts', 'Key concepts'],
  ['approach_steps', 'Approach steps'],
  ['suggested_frameworks', 'Suggested frameworks'],
  ['common_mistakes', 'Common mistakes'],
  ['tips_and_tricks', 'Tips and tricks'],
  ['follow_up_questions', 'Follow-up questions'],
  ['prerequisites', 'Prerequisites'],
  ['reference_image_urls', 'Reference image URLs'],
] as const;

/** /questions/new and /questions/:id/edit. */
@Component({
  selector: 'app-question-form-page',
  imports: [
    ChipsInput,
    EmptyState,
    Markdown,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    WebAddressInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-form-page.html',
  styleUrl: './question-form-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class QuestionFormPage implements HasUnsavedChanges {
  private readonly api = inject(QuestionsApi);
  private readonly router = inject(Router);

  /** Route parameter; absent on /questions/new. */
  readonly id = input<string>();
  /** Editing, as opposed to creating: the address holds an id, even one that is not valid. */
  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly questionId = computed(() => positiveInt(this.id()));
  protected readonly existing = loader(this.questionId, (id, signal) => this.api.get(id, signal));
  protected readonly ready = computed(() => !this.editing() || !!this.existing.value());
  /** Why there is no question to edit, or null: the address holds no id, or none has it. */
  protected readonly missing = computed(() =>
    this.editing() ? missingReason(!!this.questionId(), this.existing.error(), 'question') : null,
  );
  protected readonly categories = optionsOf(CATEGORY_LABELS);
  protected readonly difficulties = optionsOf(DIFFICULTY_LABELS);
  protected readonly listFields = LIST_FIELDS;
  protected readonly linkFields = LINK_FIELDS;
  protected readonly preview = signal(false);

  protected readonly form = new FormGroup({
    question_text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10)],
    }),
    question_category: new FormControl<QuestionCategory | null>(null, Validators.required),
    question_difficulty: new FormControl<QuestionDifficulty>('medium', { nonNullable: true }),
    question_context: text(),
    assumptions: text(),
    answer_summary: text(),
    answer_markdown_content: text(),
    answer_markdown_link: link(),
    additional_information: text(),
    time_to_answer_minutes: new FormControl<number | null>(null, [Validators.min(0)]),
    source: text(200),
    source_url: link(),
    author: text(200),
    diagram_url: link(),
    video_explanation_url: link(),
    created_by: text(100),
    tags: list(),
    key_concepts: list(),
    approach_steps: list(),
    suggested_frameworks: list(),
    common_mistakes: list(),
    tips_and_tricks: list(),
    follow_up_questions: list(),
    prerequisites: list(),
    reference_image_urls: list(),
  });
  protected readonly submit = formSubmit(this.form, { host: inject(ElementRef) });

  constructor() {
    effect(() => {
      const q = this.existing.value();
      if (!q) return;
      const values: Record<string, unknown> = {};
      for (const key of Object.keys(this.form.controls))
        values[key] = (q as Record<string, unknown>)[key] ?? null;
      this.form.reset(values as never);
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
      const raw = withWebAddresses(
        blankToNull(this.form.getRawValue()),
        LINK_FIELDS.map(([key]) => key),
      );
      const body = {
        ...raw,
        question_text: raw.question_text ?? '',
        question_category: raw.question_category ?? 'other',
        time_to_answer_minutes: toNumber(raw.time_to_answer_minutes),
      };
      const id = this.questionId();
      const saved = id
        ? await this.api.update(id, changedValues(this.form, body))
        : await this.api.create(body);
      await this.router.navigate(['/questions', saved.question_id]);
    });
  }
}
