import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { InterviewQuestion } from '../../core/api/api-types';
import { CATEGORY_LABELS, DIFFICULTY_LABELS } from '../../shared/labels';

/** One question asked in an interview, with how the answer went. */
@Component({
  selector: 'app-asked-question',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let q = link();
    <div class="head">
      <a class="text" [routerLink]="['/questions', q.question_id]">{{ q.question_text }}</a>
      <span class="actions">
        <button mat-icon-button type="button" (click)="edit.emit()" aria-label="Edit how this question went" matTooltip="Edit">
          <mat-icon>edit</mat-icon>
        </button>
        <button mat-icon-button type="button" (click)="unlink.emit()" aria-label="Remove this question from the interview" matTooltip="Remove">
          <mat-icon>link_off</mat-icon>
        </button>
      </span>
    </div>
    <div class="meta">
      <span class="pill">{{ categories[q.question_category] }}</span>
      <span class="pill">{{ difficulties[q.question_difficulty] }}</span>
      @if (q.answer_quality_rating !== null) {
        <span class="score" data-testid="answer-rating"><mat-icon aria-hidden="true">star</mat-icon> Answer {{ q.answer_quality_rating }}/10</span>
      }
      @if (q.confidence_level !== null) {
        <span class="score">Confidence {{ q.confidence_level }}/10</span>
      }
      @if (q.time_taken_minutes !== null) {
        <span class="muted">{{ q.time_taken_minutes }} min</span>
      }
      @if (q.was_prepared) {
        <span class="muted">Prepared</span>
      }
      @if (!q.was_asked) {
        <span class="muted">Not asked</span>
      }
    </div>
    @if (q.candidate_answer || q.what_went_well || q.what_could_improve || q.interviewer_feedback) {
      <dl class="notes">
        @if (q.candidate_answer) {
          <dt>My answer</dt>
          <dd>{{ q.candidate_answer }}</dd>
        }
        @if (q.what_went_well) {
          <dt>Went well</dt>
          <dd>{{ q.what_went_well }}</dd>
        }
        @if (q.what_could_improve) {
          <dt>Could improve</dt>
          <dd>{{ q.what_could_improve }}</dd>
        }
        @if (q.interviewer_feedback) {
          <dt>Interviewer's feedback</dt>
          <dd>{{ q.interviewer_feedback }}</dd>
        }
      </dl>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 8px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .head { display: flex; align-items: flex-start; gap: 8px; }
    .text { flex: 1; font: var(--mat-sys-title-small); padding-top: 10px; text-decoration: none; overflow-wrap: anywhere; }
    .text:hover { text-decoration: underline; }
    .actions { display: flex; flex-shrink: 0; }
    .meta { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; font: var(--mat-sys-label-medium); }
    .pill { padding: 1px 8px; border-radius: 999px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .score { display: inline-flex; align-items: center; gap: 2px; color: var(--mat-sys-tertiary); }
    .score mat-icon { font-size: 16px; width: 16px; height: 16px; }
    .notes { margin: 8px 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
    @media (max-width: 599px) { .notes { grid-template-columns: 1fr; } dd { margin-bottom: 6px; } }
  `,
})
export class AskedQuestion {
  readonly link = input.required<InterviewQuestion>();
  readonly edit = output();
  readonly unlink = output();
  protected readonly categories = CATEGORY_LABELS;
  protected readonly difficulties = DIFFICULTY_LABELS;
}
