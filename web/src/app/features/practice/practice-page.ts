import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import type { Subscription } from 'rxjs';
import { AnswerStream } from '../../core/api/answer-stream';
import { toApiError } from '../../core/api/api-error';
import type {
  AnswerFeedback,
  DueQuestion,
  PracticeRating,
  PracticeSession,
  QuestionCategory,
  ReviewResult,
} from '../../core/api/api-types';
import { loader } from '../../core/data/loader';
import { CATEGORY_LABELS } from '../../shared/labels';
import { Markdown } from '../../shared/markdown/markdown';
import { FeedbackView } from './feedback-view';
import { PracticeApi } from './practice-api';

export const RATINGS: { value: PracticeRating; label: string; key: string }[] = [
  { value: 'again', label: 'Again', key: '1' },
  { value: 'hard', label: 'Hard', key: '2' },
  { value: 'good', label: 'Good', key: '3' },
  { value: 'easy', label: 'Easy', key: '4' },
];

/** "in 10 minutes", "in 3 days": how far away a due date is. */
export function untilText(due: string, now = Date.now()): string {
  const minutes = Math.max(1, Math.round((new Date(due).getTime() - now) / 60_000));
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `in ${days} day${days === 1 ? '' : 's'}`;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Practice: the FSRS review queue (reveal, then rate with 1-4), writing an answer and getting
 * streamed feedback on it, and a mock interview with its summary.
 */
@Component({
  selector: 'app-practice-page',
  imports: [
    DatePipe,
    FeedbackView,
    Markdown,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './practice-page.html',
  styleUrl: './practice-page.scss',
  host: { '(document:keydown)': 'onKey($event)' },
})
export class PracticePage {
  private readonly api = inject(PracticeApi);
  private readonly streams = inject(AnswerStream);
  protected readonly categories = CATEGORY_LABELS;
  protected readonly categoryKeys = Object.keys(CATEGORY_LABELS) as QuestionCategory[];
  protected readonly ratings = RATINGS;
  protected readonly tab = signal(0);

  // The review queue.
  protected readonly category = signal<QuestionCategory | undefined>(undefined);
  protected readonly due = loader(
    () => ({ category: this.category() }),
    (query, signal) =>
      this.api.due({ limit: 50, ...(query.category ? { category: query.category } : {}) }, signal),
  );
  protected readonly current = computed<DueQuestion | undefined>(() => this.due.value()?.data[0]);
  protected readonly revealed = signal(false);
  protected readonly rating = signal(false);
  protected readonly lastReview = signal<{ question: string; result: ReviewResult } | null>(null);
  protected readonly reviewError = signal<string | null>(null);
  private shownAt = Date.now();
  protected readonly untilText = untilText;
  protected readonly Math = Math;

  // Writing an answer.
  protected readonly writeFor = signal<{ question_id?: number; question: string } | null>(null);
  protected readonly freeQuestion = signal('');
  protected readonly answer = signal('');
  protected readonly streamed = signal('');
  protected readonly feedback = signal<AnswerFeedback | null>(null);
  protected readonly feedbackError = signal<string | null>(null);
  protected readonly reviewing = signal(false);
  private feedbackStream: Subscription | undefined;

  // The mock interview.
  protected readonly mockCategory = signal<QuestionCategory | undefined>(undefined);
  protected readonly mockCount = signal(3);
  protected readonly session = signal<PracticeSession | null>(null);
  protected readonly mockAnswer = signal('');
  protected readonly mockFeedback = signal<AnswerFeedback | null>(null);
  protected readonly mockError = signal<string | null>(null);
  protected readonly mockBusy = signal(false);
  protected readonly elapsed = signal(0);
  private startedAt = Date.now();
  protected readonly mockQuestion = computed(() => {
    const s = this.session();
    if (!s || this.mockFeedback()) return this.answeredQuestion();
    return s.questions.find((q) => q.question_id === s.next_question_id);
  });
  private readonly answeredId = signal<number | null>(null);
  private readonly answeredQuestion = computed(() =>
    this.session()?.questions.find((q) => q.question_id === this.answeredId()),
  );

  constructor() {
    const timer = setInterval(() => {
      if (this.session() && !this.mockFeedback() && !this.session()?.completed_at) {
        this.elapsed.set(Math.floor((Date.now() - this.startedAt) / 1000));
      }
    }, 1000);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      this.feedbackStream?.unsubscribe();
    });
  }

  protected filter(category: QuestionCategory | undefined) {
    this.category.set(category);
    this.revealed.set(false);
  }

  protected reveal() {
    this.revealed.set(true);
  }

  protected async rate(rating: PracticeRating) {
    const question = this.current();
    if (!question || !this.revealed() || this.rating()) return;
    this.rating.set(true);
    this.reviewError.set(null);
    try {
      const seconds = Math.round((Date.now() - this.shownAt) / 1000);
      const result = await this.api.review(question.question_id, rating, seconds);
      this.lastReview.set({ question: question.question_text, result });
      this.revealed.set(false);
      this.shownAt = Date.now();
      this.due.reload();
    } catch (error) {
      this.reviewError.set(toApiError(error).detail);
    } finally {
      this.rating.set(false);
    }
  }

  protected onKey(event: KeyboardEvent) {
    if (this.tab() !== 0 || isTyping(event.target) || event.ctrlKey || event.metaKey) return;
    if (event.key === ' ' && this.current()) {
      event.preventDefault();
      this.reveal();
      return;
    }
    const rating = RATINGS.find((r) => r.key === event.key);
    if (rating && this.revealed()) {
      event.preventDefault();
      void this.rate(rating.value);
    }
  }

  /** Opens the write tab on the current card's question. */
  protected writeAnswer(question: DueQuestion) {
    this.writeFor.set({ question_id: question.question_id, question: question.question_text });
    this.resetFeedback();
    this.tab.set(1);
  }

  protected writeAnother() {
    this.writeFor.set(null);
    this.resetFeedback();
  }

  private resetFeedback() {
    this.feedbackStream?.unsubscribe();
    this.answer.set('');
    this.streamed.set('');
    this.feedback.set(null);
    this.feedbackError.set(null);
    this.reviewing.set(false);
  }

  protected getFeedback() {
    const target = this.writeFor();
    const question = target ? undefined : this.freeQuestion().trim();
    if (!this.answer().trim() || (!target && !question)) return;
    this.feedbackStream?.unsubscribe();
    this.streamed.set('');
    this.feedback.set(null);
    this.feedbackError.set(null);
    this.reviewing.set(true);
    const request = target?.question_id
      ? { question_id: target.question_id, answer: this.answer() }
      : { question: question as string, answer: this.answer() };
    this.feedbackStream = this.streams.feedback(request).subscribe({
      next: (event) => {
        if (event.event_type === 'content') this.streamed.update((t) => t + event.data.chunk);
        else if (event.event_type === 'feedback') this.feedback.set(event.data);
        else if (event.event_type === 'error') this.feedbackError.set(event.data.message);
      },
      error: (error: unknown) => {
        this.feedbackError.set(toApiError(error).detail);
        this.reviewing.set(false);
      },
      complete: () => this.reviewing.set(false),
    });
  }

  protected async startMock() {
    this.mockBusy.set(true);
    this.mockError.set(null);
    try {
      const category = this.mockCategory();
      const session = await this.api.startSession({
        count: this.mockCount(),
        ...(category ? { category } : {}),
      });
      this.session.set(session);
      this.mockFeedback.set(null);
      this.mockAnswer.set('');
      this.startedAt = Date.now();
      this.elapsed.set(0);
    } catch (error) {
      this.mockError.set(toApiError(error).detail);
    } finally {
      this.mockBusy.set(false);
    }
  }

  protected async submitMock() {
    const session = this.session();
    const question = this.mockQuestion();
    if (!session || !question || !this.mockAnswer().trim()) return;
    this.mockBusy.set(true);
    this.mockError.set(null);
    try {
      const result = await this.api.answer(session.session_id, {
        question_id: question.question_id,
        answer: this.mockAnswer(),
        duration_seconds: Math.floor((Date.now() - this.startedAt) / 1000),
      });
      this.answeredId.set(question.question_id);
      this.mockFeedback.set(result.feedback);
      this.session.set(await this.api.session(session.session_id));
    } catch (error) {
      this.mockError.set(toApiError(error).detail);
    } finally {
      this.mockBusy.set(false);
    }
  }

  protected nextMock() {
    this.mockFeedback.set(null);
    this.answeredId.set(null);
    this.mockAnswer.set('');
    this.startedAt = Date.now();
    this.elapsed.set(0);
  }

  protected endMock() {
    this.session.set(null);
    this.nextMock();
    this.due.reload();
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected minutes(seconds: number | null | undefined): string {
    if (seconds == null) return '–';
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return `${m}:${String(s).padStart(2, '0')}`;
  }
}
