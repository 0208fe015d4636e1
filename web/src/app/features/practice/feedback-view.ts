import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { AnswerFeedback } from '../../core/api/api-types';
import { Markdown } from '../../shared/markdown/markdown';

/** The review of an answer: score, covered and missed concepts, mistakes, a stronger answer. */
@Component({
  selector: 'app-feedback-view',
  imports: [MatIconModule, Markdown],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = feedback();
    <section class="feedback" aria-label="Feedback on your answer">
      <p class="score" data-testid="feedback-score">
        <strong>{{ f.score }}/10</strong>
        @if (f.offline) {
          <span class="muted"> · offline review</span>
        } @else {
          <span class="muted"> · {{ f.provider }} {{ f.model }}</span>
        }
      </p>
      <ul class="reasons">
        @for (reason of f.score_reasons; track $index) {
          <li>{{ reason }}</li>
        }
      </ul>
      <div class="concepts">
        <div>
          <h3 class="section-title">Covered ({{ f.covered.length }})</h3>
          <ul data-testid="covered">
            @for (c of f.covered; track c.concept) {
              <li class="covered">
                <mat-icon aria-hidden="true">check_circle</mat-icon>
                <span><strong>{{ c.concept }}</strong> — <q>{{ c.sentence }}</q></span>
              </li>
            } @empty {
              <li class="muted">None of the expected concepts yet.</li>
            }
          </ul>
        </div>
        <div>
          <h3 class="section-title">Missed ({{ f.missed.length }})</h3>
          <ul data-testid="missed">
            @for (m of f.missed; track m.concept) {
              <li class="missed">
                <mat-icon aria-hidden="true">radio_button_unchecked</mat-icon>
                <span><strong>{{ m.concept }}</strong> — {{ m.hint }}</span>
              </li>
            } @empty {
              <li class="muted">Nothing missed.</li>
            }
          </ul>
        </div>
      </div>
      @if (f.mistakes.length > 0) {
        <h3 class="section-title">Common mistakes</h3>
        <ul data-testid="mistakes">
          @for (m of f.mistakes; track m.mistake) {
            <li class="missed">
              <mat-icon aria-hidden="true">warning</mat-icon>
              <span>{{ m.mistake }} — <q>{{ m.sentence }}</q></span>
            </li>
          }
        </ul>
      }
      @if (showStronger()) {
        <h3 class="section-title">A stronger answer</h3>
        <app-markdown [text]="f.stronger_answer" />
      }
    </section>
  `,
  styles: `
    .score strong { font: var(--mat-sys-headline-small); }
    .concepts { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; }
    ul { list-style: none; padding: 0; margin: 0 0 12px; }
    li { display: flex; gap: 8px; align-items: flex-start; margin-bottom: 6px; }
    .covered mat-icon { color: var(--status-completed, green); }
    .missed mat-icon { color: var(--mat-sys-error); }
    .reasons li { display: list-item; margin-left: 20px; list-style: disc; }
  `,
})
export class FeedbackView {
  readonly feedback = input.required<AnswerFeedback>();
  /** Off while the stronger answer is still streaming above. */
  readonly showStronger = input(true);
}
