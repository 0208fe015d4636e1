import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { missingReason } from '../../core/api/api-error';
import type { Interview, InterviewQuestion, Round } from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { StageNames } from '../../core/data/stage-names';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { SENIORITY_LABELS, TYPE_LABELS } from '../../shared/labels';
import { positiveInt } from '../../shared/numbers';
import { StatusChip } from '../../shared/status-chip/status-chip';
import { WebLink } from '../../shared/web-link/web-link';
import { AskedQuestion } from './asked-question';
import { FeedbackDialog } from './feedback-dialog';
import { InterviewTasks } from './interview-tasks';
import { InterviewTimeline } from './interview-timeline';
import { InterviewsApi } from './interviews-api';
import { type QuestionLinkData, QuestionLinkDialog } from './question-link-dialog';
import { RoundDialog, type RoundDialogData } from './round-dialog';
import { RoundPanel } from './round-panel';

const DIALOG = {
  width: '720px',
  maxWidth: '96vw',
  maxHeight: '92vh',
  autoFocus: 'first-tabbable',
} as const;

/** /interviews/:id: the interview, its rounds and the questions asked, all editable. */
@Component({
  selector: 'app-interview-detail-page',
  imports: [
    AskedQuestion,
    DatePipe,
    EmptyState,
    InterviewTimeline,
    InterviewTasks,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    RoundPanel,
    RouterLink,
    StatusChip,
    WebLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './interview-detail-page.html',
  styleUrl: './interview-detail-page.scss',
})
export class InterviewDetailPage {
  private readonly api = inject(InterviewsApi);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly stageNames = inject(StageNames);

  readonly id = input.required<string>();
  /** 0 for an id that is not one: nothing loads, and no action is offered without an interview. */
  protected readonly interviewId = computed(() => positiveInt(this.id()) ?? 0);
  protected readonly interview = loader(
    () => this.interviewId() || undefined,
    (id, signal) => this.api.get(id, signal),
  );
  /** Why there is no interview to show, or null: the address holds no id, or none has it. */
  protected readonly missing = computed(() =>
    missingReason(!!this.interviewId(), this.interview.error(), 'interview'),
  );
  protected readonly types = TYPE_LABELS;
  protected readonly seniorities = SENIORITY_LABELS;

  protected readonly rounds = computed(() =>
    [...(this.interview.value()?.rounds ?? [])].sort((a, b) => a.round_number - b.round_number),
  );
  protected readonly questionsByRound = computed(() => {
    const map = new Map<number | null, InterviewQuestion[]>();
    for (const q of this.interview.value()?.questions ?? []) {
      const key = this.rounds().some((r) => r.round_id === q.round_id) ? q.round_id : null;
      map.set(key, [...(map.get(key) ?? []), q]);
    }
    for (const list of map.values())
      list.sort((a, b) => (a.order_asked ?? 999) - (b.order_asked ?? 999));
    return map;
  });
  protected readonly unassigned = computed(() => this.questionsByRound().get(null) ?? []);

  protected readonly facts = computed(() => {
    const i = this.interview.value();
    if (!i) return [];
    const rows: [string, string | null][] = [
      ['Stage', this.stageNames.label(i.stage)],
      ['Type', this.types[i.interview_type]],
      ['Seniority', this.seniorities[i.seniority_level]],
      [
        'Location',
        [i.job_location, i.is_remote ? 'Remote' : null].filter(Boolean).join(' · ') || null,
      ],
      ['Salary', i.salary_range],
      [
        'Experience',
        i.required_experience_years !== null ? `${i.required_experience_years}+ years` : null,
      ],
      ['Referral', i.referral_source],
      ['Skills', i.main_skills_required?.join(', ') || null],
      [
        'Preparation hours',
        i.time_spent_preparing_hours !== null ? String(i.time_spent_preparing_hours) : null,
      ],
      [
        'CV',
        [i.cv_version, i.cv_tailored_for_role ? 'tailored' : null].filter(Boolean).join(', ') ||
          null,
      ],
      ['Created by', i.created_by],
    ];
    return rows.filter((r): r is [string, string] => !!r[1]);
  });

  protected readonly dates = computed(() => {
    const i = this.interview.value();
    if (!i) return [];
    const rows: [string, string | null][] = [
      ['Applied', i.application_date],
      ['First interview', i.first_interview_date],
      ['Final interview', i.final_interview_date],
      ['Offer', i.offer_date],
      ['Offer deadline', i.offer_deadline],
    ];
    return rows.filter((r): r is [string, string] => !!r[1]);
  });

  protected readonly hasFeedback = computed(() => {
    const i = this.interview.value();
    return !!(i?.overall_feedback || i?.strengths || i?.areas_for_improvement || i?.offer_details);
  });

  protected addRound(): void {
    const next = Math.max(0, ...this.rounds().map((r) => r.round_number)) + 1;
    this.openRound({ interviewId: this.interviewId(), nextNumber: next });
  }

  protected editRound(round: Round): void {
    this.openRound({ interviewId: this.interviewId(), nextNumber: round.round_number, round });
  }

  private openRound(data: RoundDialogData): void {
    this.reloadAfterSave(this.dialog.open(RoundDialog, { ...DIALOG, data }));
  }

  /** Reloads the interview when a dialog closes with something saved, unless the page is gone. */
  private reloadAfterSave(ref: MatDialogRef<unknown, unknown>): void {
    ref
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((saved) => {
        if (saved) this.interview.reload();
      });
  }

  protected async deleteRound(round: Round): Promise<void> {
    const done = await confirmAction(this.dialog, {
      title: `Delete round ${round.round_number}?`,
      message: 'The questions recorded for it stay on the interview, without a round.',
      confirmLabel: 'Delete round',
      action: () => this.api.deleteRound(this.interviewId(), round.round_id),
    });
    if (done) this.interview.reload();
  }

  protected linkQuestion(roundId: number | null): void {
    this.openLink({ interviewId: this.interviewId(), rounds: this.rounds(), roundId });
  }

  protected editLink(link: InterviewQuestion): void {
    this.openLink({
      interviewId: this.interviewId(),
      rounds: this.rounds(),
      roundId: link.round_id,
      link,
    });
  }

  private openLink(data: QuestionLinkData): void {
    this.reloadAfterSave(this.dialog.open(QuestionLinkDialog, { ...DIALOG, data }));
  }

  protected async unlink(link: InterviewQuestion): Promise<void> {
    const done = await confirmAction(this.dialog, {
      title: 'Remove this question?',
      message: `“${link.question_text}” stays in the question bank; only its record in this interview goes.`,
      confirmLabel: 'Remove',
      action: () => this.api.unlink(this.interviewId(), link.interview_question_id),
    });
    if (done) this.interview.reload();
  }

  protected editFeedback(): void {
    const interview = this.interview.value();
    if (!interview) return;
    this.reloadAfterSave(this.dialog.open(FeedbackDialog, { ...DIALOG, data: interview }));
  }

  protected async cancelInterview(): Promise<void> {
    const done = await confirmAction(this.dialog, {
      title: 'Cancel this interview?',
      message: 'It is marked as cancelled and stays in your history and statistics.',
      confirmLabel: 'Cancel interview',
      action: () => this.api.cancel(this.interviewId()),
    });
    if (done) this.interview.reload();
  }

  /** A cancelled interview only: it goes with its rounds and question links, for good. */
  protected async deletePermanently(): Promise<void> {
    const interview = this.interview.value();
    if (!interview) return;
    const rounds = interview.rounds.length;
    const links = interview.questions.length;
    const name = interviewName(interview);
    const done = await confirmAction(this.dialog, {
      title: 'Delete this interview permanently?',
      message:
        `${name} will be deleted with its ${count(rounds, 'round')} and ` +
        `${count(links, 'question link')}. The questions themselves stay in your question ` +
        'bank. This cannot be undone.',
      confirmLabel: 'Delete permanently',
      action: () => this.api.deletePermanently(interview.interview_id),
    });
    if (!done) return;
    await this.router.navigate(['/interviews']);
    this.snackBar.open(`${name} was deleted permanently.`, 'OK', { duration: 6000 });
  }
}

/** "The interview with Acme (Staff Engineer)", as the user knows it. */
function interviewName(i: Interview): string {
  const role = i.custom_role_title ?? i.role_name;
  const company = i.company_name ?? 'no company';
  return `The interview with ${company}${role ? ` (${role})` : ''}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
