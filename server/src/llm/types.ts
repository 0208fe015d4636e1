// The one small interface between the agents feature and whatever writes the answer: a real
// model through the AI SDK, the offline engine, or a scripted model in tests.
import type { PackEntry } from '../knowledge/starter-pack.js';
import type { AgentId } from './agent-ids.js';
import type { Playbook, Subject } from './playbook.js';

/** A stored bank question that matched the user's question, with the notes worth reusing. */
export interface BankReference {
  question_id: number;
  question_text: string;
  question_category: string;
  answer_summary: string | null;
  answer_markdown_content: string | null;
  key_concepts: string[] | null;
  approach_steps: string[] | null;
  common_mistakes: string[] | null;
  tips_and_tricks: string[] | null;
  follow_up_questions: string[] | null;
  rank: number;
}

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** What the starter knowledge pack holds for a question. */
export interface PackKnowledge {
  /** The entry for this very question, when one is close enough to answer from. */
  close: PackEntry | undefined;
  /** Entries on neighbouring questions, for further reading. */
  related: PackEntry[];
  /** In a follow-up: the entry of the conversation's first question, whose follow-ups it has. */
  root: PackEntry | undefined;
}

export interface AnswerInput {
  agent: AgentId;
  agentName: string;
  playbook: Playbook;
  subject: Subject;
  question: string;
  context: string | undefined;
  /** Oldest first, already trimmed to the prompt budget. */
  history: ChatTurn[];
  references: BankReference[];
  /** The conversation's first question, when this one follows up on earlier turns. */
  rootQuestion: string | undefined;
  pack: PackKnowledge;
  signal: AbortSignal;
}

export interface LlmProvider extends AnswerReviewer {
  /** `offline`, `openai`, `anthropic`, `openai-compatible`, or a test's name. */
  readonly name: string;
  readonly model: string;
  /** Yields text deltas as the model produces them. Throws AppError on upstream failure. */
  streamAnswer(input: AnswerInput): AsyncIterable<string>;
  /**
   * Where the answer proper starts in a full answer this provider wrote, after notes of its own
   * (the offline engine's banner, the user's quoted notes); 0 when it has none.
   */
  answerOffset?(answer: string): number;
  /** Exactly three follow-up questions for this answer. */
  suggestFollowUps(input: AnswerInput & { answer: string }): Promise<string[]>;
  /** Asks the model to pick an agent (ROUTER=llm); undefined when it cannot. */
  routeQuestion?(
    question: string,
    context: string | undefined,
    signal: AbortSignal,
  ): Promise<RouteSuggestion>;
}

export interface RouteSuggestion {
  agent: AgentId;
  confidence: number;
  reasoning: string;
}

/** Which agent answers a question, and why, in a sentence the UI can show. */
export interface RoutingDecision {
  selected_agent: AgentId;
  confidence: number;
  reasoning: string;
}

/** Routes without a model (the local classifier in the agents feature, or a test's stub). */
export interface QuestionRouter {
  route(question: string, context?: string): RoutingDecision;
}

/** What an answer's review works from: the question, the user's answer and what it should hold. */
export interface FeedbackInput {
  agent: AgentId;
  agentName: string;
  playbook: Playbook;
  subject: Subject;
  question: string;
  answer: string;
  /** The concepts a good answer names: the bank's key_concepts, or the playbook's. */
  concepts: string[];
  /** Mistakes answers to this question commonly make. */
  mistakes: string[];
  /** The bank's (or the starter pack's) notes: what a stronger answer may draw on. */
  notes: string[];
  signal: AbortSignal;
}

/** The structured review of an answer, as a model or the offline engine writes it. */
export interface AnswerReview {
  covered: { concept: string; sentence: string }[];
  missed: { concept: string; hint: string }[];
  mistakes: { mistake: string; sentence: string }[];
  score: number;
  score_reasons: string[];
  stronger_answer: string;
}

/** A review as it streams: pieces of the stronger answer, then the whole review. */
export type ReviewDelta = { text: string } | { review: AnswerReview };

export interface AnswerReviewer {
  /** One structured model call; yields the stronger answer's text as it arrives, then the review. */
  reviewAnswer?(input: FeedbackInput): AsyncIterable<ReviewDelta>;
}
