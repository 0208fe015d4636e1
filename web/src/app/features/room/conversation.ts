import { computed, Injectable, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { AnswerStream } from '../../core/api/answer-stream';
import { toApiError } from '../../core/api/api-error';
import type { AgentId, HistoryTurn, QuestionCategory } from '../../core/api/api-types';
import type { RoutingData, StreamEvent } from '../../core/api/stream-events';
import { QuestionsApi } from '../questions/questions-api';

export type TurnStatus = 'streaming' | 'done' | 'stopped' | 'error';

export interface Turn {
  id: number;
  question: string;
  context: string | null;
  /** The agent the user forced, if any. */
  forcedAgent: AgentId | null;
  status: TurnStatus;
  routing: RoutingData | null;
  answer: string;
  /**
   * Where the answer proper starts in `answer`, once the final answer says: the offline engine
   * opens with a banner and the user's own quoted notes, which are not worth saving again.
   */
  answerOffset?: number;
  followUps: string[];
  wordCount: number | null;
  error: string | null;
  savedQuestionId: number | null;
  saveError: string | null;
  saving: boolean;
}

export interface AskOptions {
  context?: string | null;
  agent?: AgentId | null;
}

/** The question bank category an agent's answers belong to, for "save to question bank". */
const CATEGORY_OF: Record<AgentId, QuestionCategory> = {
  product_manager: 'product',
  technical: 'technical',
  architect: 'system_design',
  coding: 'coding',
  behavioral: 'behavioral',
  system_design: 'system_design',
};

const MAX_HISTORY = 50;

/**
 * The interview room's conversation as signals: each question's routed agent, its answer as
 * it streams, follow-ups and errors. Kept for the whole visit, so leaving the room and coming
 * back keeps the conversation.
 */
@Injectable({ providedIn: 'root' })
export class Conversation {
  private readonly answers = inject(AnswerStream);
  private readonly questions = inject(QuestionsApi);
  private readonly state = signal<Turn[]>([]);
  private active: { id: number; subscription: Subscription } | null = null;
  private nextId = 1;

  readonly turns = this.state.asReadonly();
  readonly streaming = computed(() => this.state().some((t) => t.status === 'streaming'));

  /** Finished turns, oldest first, as the API's conversation history. */
  private history(before: number): HistoryTurn[] {
    return this.state()
      .filter((t) => t.id < before && t.status === 'done' && t.answer)
      .slice(-MAX_HISTORY)
      .map((t) => ({ question: t.question, answer: t.answer }));
  }

  ask(question: string, options: AskOptions = {}): void {
    const turn: Turn = {
      id: this.nextId++,
      question: question.trim(),
      context: options.context?.trim() || null,
      forcedAgent: options.agent ?? null,
      status: 'streaming',
      routing: null,
      answer: '',
      followUps: [],
      wordCount: null,
      error: null,
      savedQuestionId: null,
      saveError: null,
      saving: false,
    };
    this.stop();
    this.state.update((turns) => [...turns, turn]);
    this.start(turn);
  }

  /** Asks a failed or stopped question again, in place. */
  retry(id: number): void {
    const turn = this.state().find((t) => t.id === id);
    if (!turn) return;
    this.stop();
    const fresh: Turn = {
      ...turn,
      status: 'streaming',
      routing: null,
      answer: '',
      answerOffset: undefined,
      followUps: [],
      wordCount: null,
      error: null,
    };
    this.patch(id, () => fresh);
    this.start(fresh);
  }

  /** Cancels the answer being streamed; what arrived so far stays. */
  stop(): void {
    if (!this.active) return;
    const { id, subscription } = this.active;
    this.active = null;
    subscription.unsubscribe();
    this.patch(id, (t) => (t.status === 'streaming' ? { ...t, status: 'stopped' } : t));
  }

  clear(): void {
    this.stop();
    this.state.set([]);
  }

  async saveToBank(id: number): Promise<void> {
    const turn = this.state().find((t) => t.id === id);
    if (!turn || turn.saving || turn.savedQuestionId) return;
    this.patch(id, (t) => ({ ...t, saving: true, saveError: null }));
    try {
      const agent = turn.routing?.selected_agent ?? turn.forcedAgent;
      const saved = await this.questions.create({
        question_text: turn.question,
        question_category: agent ? CATEGORY_OF[agent] : 'other',
        question_context: turn.context,
        answer_markdown_content: answerProper(turn),
        follow_up_questions: turn.followUps.length ? turn.followUps : null,
        source: 'Interview room',
        tags: ['interview-room', ...(agent ? [agent] : [])],
      });
      this.patch(id, (t) => ({ ...t, saving: false, savedQuestionId: saved.question_id }));
    } catch (error) {
      this.patch(id, (t) => ({ ...t, saving: false, saveError: toApiError(error).detail }));
    }
  }

  private start(turn: Turn): void {
    const subscription = this.answers
      .stream({
        question: turn.question,
        ...(turn.context ? { context: turn.context } : {}),
        ...(turn.forcedAgent ? { agent: turn.forcedAgent } : {}),
        conversation_history: this.history(turn.id),
      })
      .subscribe({
        next: (event) => this.patch(turn.id, (t) => apply(t, event)),
        error: (error: unknown) => {
          this.finish(turn.id);
          this.patch(turn.id, (t) => ({ ...t, status: 'error', error: toApiError(error).detail }));
        },
        complete: () => {
          this.finish(turn.id);
          this.patch(turn.id, (t) =>
            t.status === 'streaming'
              ? {
                  ...t,
                  status: 'error',
                  error: 'The connection closed before the answer was complete.',
                }
              : t,
          );
        },
      });
    // A stream can finish synchronously (in tests); only remember it while it runs.
    if (this.state().find((t) => t.id === turn.id)?.status === 'streaming') {
      this.active = { id: turn.id, subscription };
    }
  }

  private finish(id: number): void {
    if (this.active?.id === id) this.active = null;
  }

  private patch(id: number, change: (turn: Turn) => Turn): void {
    this.state.update((turns) => turns.map((t) => (t.id === id ? change(t) : t)));
  }
}

/** One event's effect on a turn. Chunks are appended once; the final answer replaces them. */
export function apply(turn: Turn, event: StreamEvent): Turn {
  if (turn.status !== 'streaming') return turn;
  switch (event.event_type) {
    case 'routing':
      return { ...turn, routing: event.data };
    case 'content':
      return event.data.chunk ? { ...turn, answer: turn.answer + event.data.chunk } : turn;
    case 'answer_complete':
      return {
        ...turn,
        answer: event.data.full_answer,
        answerOffset: event.data.metadata?.answer_offset,
        wordCount: event.data.word_count,
      };
    case 'follow_ups':
      return { ...turn, followUps: event.data.questions.filter((q) => typeof q === 'string') };
    case 'complete':
      return { ...turn, status: 'done' };
    case 'error':
      return { ...turn, status: 'error', error: event.data.message || event.data.error };
    default:
      return turn;
  }
}

/** The answer without what the engine put before it; all of it when the offset is not usable. */
export function answerProper(turn: Pick<Turn, 'answer' | 'answerOffset'>): string {
  const offset = turn.answerOffset ?? 0;
  const usable = Number.isInteger(offset) && offset > 0 && offset < turn.answer.length;
  return (usable ? turn.answer.slice(offset) : turn.answer).trim();
}
