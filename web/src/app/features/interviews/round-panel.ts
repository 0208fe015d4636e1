import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import type { InterviewQuestion, Round } from '../../core/api/api-types';
import { ROUND_TYPE_LABELS } from '../../shared/labels';
import { StatusChip } from '../../shared/status-chip/status-chip';
import { WebLink } from '../../shared/web-link/web-link';
import { AskedQuestion } from './asked-question';

/** One round: when, with whom, how it went, and the questions asked in it. */
@Component({
  selector: 'app-round-panel',
  imports: [
    AskedQuestion,
    DatePipe,
    MatButtonModule,
    MatExpansionModule,
    MatIconModule,
    StatusChip,
    WebLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-panel.html',
  styleUrl: './round-panel.scss',
})
export class RoundPanel {
  readonly round = input.required<Round>();
  readonly questions = input.required<InterviewQuestion[]>();
  readonly expanded = input(false);
  readonly edit = output();
  readonly remove = output();
  readonly link = output();
  readonly editLink = output<InterviewQuestion>();
  readonly unlink = output<InterviewQuestion>();

  protected readonly types = ROUND_TYPE_LABELS;

  /** Only the filled-in details, as label/value pairs. */
  protected readonly details = computed(() => {
    const r = this.round();
    const rows: [string, string | null][] = [
      [
        'Time',
        r.scheduled_time
          ? `${r.scheduled_time.slice(0, 5)}${r.timezone ? ` ${r.timezone}` : ''}`
          : null,
      ],
      ['Duration', r.duration_minutes !== null ? `${r.duration_minutes} min` : null],
      ['Where', r.is_virtual ? (r.meeting_platform ?? 'Virtual') : r.physical_location],
      ['Interviewer', [r.interviewer_name, r.interviewer_title].filter(Boolean).join(', ') || null],
      ['Email', r.interviewer_email],
      ['Notes on the interviewer', r.interviewer_notes],
      ['Feedback', r.feedback],
      ['Preparation', r.preparation_notes],
      ['Questions asked', r.questions_asked_summary],
      ['Key topics', r.key_topics_covered?.join(', ') || null],
      ['Follow-up actions', r.follow_up_actions],
    ];
    return rows.filter((row): row is [string, string] => !!row[1]);
  });
}
