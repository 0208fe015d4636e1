import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { missingReason, toApiError } from '../../core/api/api-error';
import { loader } from '../../core/data/loader';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { CATEGORY_LABELS, DIFFICULTY_LABELS } from '../../shared/labels';
import { Markdown } from '../../shared/markdown/markdown';
import { positiveInt } from '../../shared/numbers';
import { WebLink } from '../../shared/web-link/web-link';
import { QuestionsApi } from './questions-api';

/** /questions/:id: a question with its answer rendered from markdown. */
@Component({
  selector: 'app-question-detail-page',
  imports: [
    DatePipe,
    EmptyState,
    Markdown,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    WebLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-detail-page.html',
  styleUrl: './question-detail-page.scss',
})
export class QuestionDetailPage {
  private readonly api = inject(QuestionsApi);
  private readonly dialog = inject(MatDialog);

  readonly id = input.required<string>();
  /** 0 for an id that is not one: nothing loads, and no action is offered without a question. */
  protected readonly questionId = computed(() => positiveInt(this.id()) ?? 0);
  protected readonly question = loader(
    () => this.questionId() || undefined,
    (id, signal) => this.api.get(id, signal),
  );
  /** Why there is no question to show, or null: the address holds no id, or none has it. */
  protected readonly missing = computed(() =>
    missingReason(!!this.questionId(), this.question.error(), 'question'),
  );
  protected readonly categories = CATEGORY_LABELS;
  protected readonly difficulties = DIFFICULTY_LABELS;
  protected readonly restoring = signal(false);
  protected readonly restoreError = signal<string | null>(null);

  /** The list-valued fields that have something in them. */
  protected readonly lists = computed(() => {
    const q = this.question.value();
    if (!q) return [];
    const rows: [string, string[] | null][] = [
      ['Key concepts', q.key_concepts],
      ['Approach', q.approach_steps],
      ['Frameworks', q.suggested_frameworks],
      ['Common mistakes', q.common_mistakes],
      ['Tips and tricks', q.tips_and_tricks],
      ['Follow-up questions', q.follow_up_questions],
      ['Prerequisites', q.prerequisites],
    ];
    return rows.filter((r): r is [string, string[]] => !!r[1]?.length);
  });

  /** Every stored link; WebLink makes a link only of an http(s) address. */
  protected readonly links = computed(() => {
    const q = this.question.value();
    if (!q) return [];
    const rows: [string, string | null][] = [
      ['Source', q.source_url],
      ['Answer document', q.answer_markdown_link],
      ['Diagram', q.diagram_url],
      ['Video explanation', q.video_explanation_url],
      ...(q.reference_image_urls ?? []).map((u, i): [string, string] => [
        `Reference image ${i + 1}`,
        u,
      ]),
    ];
    return rows.filter((r): r is [string, string] => !!r[1]);
  });

  protected async remove(): Promise<void> {
    const done = await confirmAction(this.dialog, {
      title: 'Delete this question?',
      message: 'It is hidden from the bank; you can restore it from the Deleted list.',
      confirmLabel: 'Delete',
      action: () => this.api.remove(this.questionId()),
    });
    if (done) this.question.reload();
  }

  protected async restore(): Promise<void> {
    this.restoring.set(true);
    this.restoreError.set(null);
    try {
      this.question.set(await this.api.restore(this.questionId()));
    } catch (error) {
      this.restoreError.set(toApiError(error).detail);
    } finally {
      this.restoring.set(false);
    }
  }
}
