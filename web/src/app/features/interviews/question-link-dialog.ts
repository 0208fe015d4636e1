import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { catchError, debounceTime, from, map, of, switchMap } from 'rxjs';
import type {
  InterviewQuestion,
  QuestionCategory,
  QuestionDifficulty,
  QuestionSummary,
  Round,
} from '../../core/api/api-types';
import { ChipsInput } from '../../shared/chips-input/chips-input';
import { formSubmit } from '../../shared/forms/form-submit';
import { blankToNull, changedValues, errorText } from '../../shared/forms/form-utils';
import { CATEGORY_LABELS, DIFFICULTY_LABELS, optionsOf } from '../../shared/labels';
import { toNumber } from '../../shared/numbers';
import { QuestionsApi } from '../questions/questions-api';
import { InterviewsApi } from './interviews-api';

export interface QuestionLinkData {
  interviewId: number;
  rounds: Round[];
  roundId: number | null;
  /** The link to edit; absent to link a question. */
  link?: InterviewQuestion;
}

const score = () => new FormControl<number | null>(null, [Validators.min(1), Validators.max(10)]);
const text = () => new FormControl<string | null>(null);

/** Records a question asked in this interview: picked from the bank or written in place. */
@Component({
  selector: 'app-question-link-dialog',
  imports: [
    ChipsInput,
    MatAutocompleteModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-link-dialog.html',
  styleUrl: './question-link-dialog.scss',
})
export class QuestionLinkDialog {
  protected readonly data = inject<QuestionLinkData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<QuestionLinkDialog, InterviewQuestion>>(MatDialogRef);
  private readonly questions = inject(QuestionsApi);
  private readonly interviews = inject(InterviewsApi);
  protected readonly categories = optionsOf(CATEGORY_LABELS);
  protected readonly difficulties = optionsOf(DIFFICULTY_LABELS);

  protected readonly source = signal<'bank' | 'new'>('bank');
  protected readonly picked = signal<QuestionSummary | null>(null);
  protected readonly pickError = signal<string | null>(null);

  protected readonly search = new FormControl<string | QuestionSummary>('', { nonNullable: true });
  private readonly term = toSignal(
    this.search.valueChanges.pipe(map((v) => (typeof v === 'string' ? v.trim() : ''))),
    { initialValue: '' },
  );
  protected readonly matches = toSignal(
    toObservable(this.term).pipe(
      debounceTime(200),
      switchMap((search) =>
        from(
          this.questions.list({
            skip: 0,
            limit: 10,
            is_active: true,
            sort_by: 'times_asked',
            order: 'desc',
            ...(search ? { search } : {}),
          }),
        ).pipe(
          map((page) => page.data),
          catchError(() => of([] as QuestionSummary[])),
        ),
      ),
    ),
    { initialValue: [] as QuestionSummary[] },
  );

  protected readonly newQuestion = new FormGroup({
    question_text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10)],
    }),
    question_category: new FormControl<QuestionCategory>('technical', { nonNullable: true }),
    question_difficulty: new FormControl<QuestionDifficulty>('medium', { nonNullable: true }),
  });

  protected readonly form = new FormGroup({
    round_id: new FormControl<number | null>(this.data.roundId),
    order_asked: new FormControl<number | null>(null, [Validators.min(0)]),
    was_asked: new FormControl(true, { nonNullable: true }),
    was_prepared: new FormControl(false, { nonNullable: true }),
    answer_quality_rating: score(),
    confidence_level: score(),
    time_taken_minutes: new FormControl<number | null>(null, [Validators.min(0)]),
    candidate_answer: text(),
    what_went_well: text(),
    what_could_improve: text(),
    interviewer_feedback: text(),
    preparation_notes: text(),
    follow_up_questions_asked: new FormControl<string[] | null>(null),
    follow_up_answers: new FormControl<string[] | null>(null),
  });

  /** A question written here is validated too, and the API's errors about it go under it. */
  protected readonly submit = formSubmit(
    () =>
      !this.data.link && this.source() === 'new' ? [this.form, this.newQuestion] : [this.form],
    { host: inject(ElementRef) },
  );

  constructor() {
    const link = this.data.link;
    if (link) {
      const values: Record<string, unknown> = {};
      for (const key of Object.keys(this.form.controls)) {
        values[key] = (link as Record<string, unknown>)[key] ?? null;
      }
      this.form.reset(values as never);
    }
  }

  protected readonly display = (q: string | QuestionSummary | null) =>
    typeof q === 'string' ? q : (q?.question_text ?? '');

  protected pick(question: QuestionSummary): void {
    this.picked.set(question);
    this.pickError.set(null);
  }

  protected err(name: string): string {
    return errorText(this.form.get(name));
  }

  protected newErr(name: string): string {
    return errorText(this.newQuestion.get(name));
  }

  protected async save(): Promise<void> {
    const editing = this.data.link;
    if (!editing && this.source() === 'bank' && !this.picked()) {
      this.pickError.set('Pick a question from the bank, or write a new one.');
      return;
    }
    await this.submit.run(async () => {
      const raw = blankToNull(this.form.getRawValue());
      const body = {
        ...raw,
        order_asked: toNumber(raw.order_asked),
        answer_quality_rating: toNumber(raw.answer_quality_rating),
        confidence_level: toNumber(raw.confidence_level),
        time_taken_minutes: toNumber(raw.time_taken_minutes),
      };
      if (editing) {
        const saved = await this.interviews.updateLink(
          this.data.interviewId,
          editing.interview_question_id,
          changedValues(this.form, body),
        );
        this.ref.close(saved);
        return;
      }
      const questionId = await this.questionId();
      if (questionId === null) return;
      this.ref.close(
        await this.interviews.linkQuestion(this.data.interviewId, {
          ...body,
          question_id: questionId,
        }),
      );
    });
  }

  /** The picked question, or the new one created in the bank first. */
  private async questionId(): Promise<number | null> {
    if (this.source() === 'bank') return this.picked()?.question_id ?? null;
    const { question_text, question_category, question_difficulty } =
      this.newQuestion.getRawValue();
    const created = await this.questions.create({
      question_text: question_text.trim(),
      question_category,
      question_difficulty,
    });
    // Linked from now on even if the link itself fails: switch to it so a retry reuses it.
    this.source.set('bank');
    // A new question has nothing long enough to be cut as in a list.
    this.picked.set({ ...created, truncated_fields: [] });
    return created.question_id;
  }
}
