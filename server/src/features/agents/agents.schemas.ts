import Type, { type Static } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers.js';
import { AGENT_IDS } from '../../llm/agent-ids.js';

export const AgentIdSchema = StringEnum(AGENT_IDS, {
  description: 'Force this agent instead of routing',
});

const Question = Type.String({
  minLength: 5,
  maxLength: 2000,
  pattern: '\\S',
  description: 'The interview question, 5 to 2000 characters',
  examples: ['How would you design a URL shortening service?'],
});
const Context = Type.String({
  maxLength: 1000,
  description: 'Optional context about you or the interview, up to 1000 characters',
  examples: ['Senior engineer with 5 years experience'],
});

const QaTurn = Type.Object(
  { question: Type.String({ maxLength: 2000 }), answer: Type.String({ maxLength: 20_000 }) },
  { title: 'QuestionAnswerTurn' },
);
const RoleTurn = Type.Object(
  {
    role: StringEnum(['user', 'assistant'] as const),
    content: Type.String({ maxLength: 20_000 }),
  },
  { title: 'RoleContentTurn' },
);
// No additionalProperties: false in the branches: Ajv would strip one branch's fields while
// trying the other.
export const HistoryTurn = Type.Union([QaTurn, RoleTurn], {
  description: 'a {question, answer} pair or a {role, content} message with role user or assistant',
});

export const AnswerRequest = Type.Object(
  {
    question: Question,
    context: Type.Optional(Nullable(Context)),
    conversation_history: Type.Optional(
      Type.Array(HistoryTurn, {
        maxItems: 50,
        description:
          'Earlier turns, oldest first: {question, answer} pairs or {role, content} messages (up to 50)',
      }),
    ),
    agent: Type.Optional(AgentIdSchema),
  },
  { additionalProperties: false, title: 'AnswerRequest' },
);
export type AnswerRequestBody = Static<typeof AnswerRequest>;

export const AnswerStreamQuery = Type.Object({
  question: Question,
  context: Type.Optional(Context),
  agent: Type.Optional(AgentIdSchema),
});

export const ROUTER_KINDS = ['classifier', 'llm', 'forced'] as const;

export const Routing = Type.Object(
  {
    selected_agent: StringEnum(AGENT_IDS),
    reasoning: Type.String(),
    confidence: Type.Number({ minimum: 0, maximum: 1, description: 'Calibrated probability' }),
    router: StringEnum(ROUTER_KINDS, {
      description: 'What decided: the local classifier, the model, or the request (`agent`)',
    }),
  },
  { title: 'Routing' },
);
export type RoutingData = Static<typeof Routing>;

const Ms = Type.Integer({ minimum: 0 });

export const AnswerMetadata = Type.Object(
  {
    provider: Type.String({ description: '`offline`, `openai`, `anthropic`, `openai-compatible`' }),
    model: Type.String(),
    agent: StringEnum(AGENT_IDS),
    agent_name: Type.String(),
    router: StringEnum(ROUTER_KINDS),
    chunks: Type.Integer({ minimum: 0, description: 'Content chunks streamed' }),
    history_turns_used: Type.Integer({
      minimum: 0,
      description: 'Earlier turns that fit the prompt budget',
    }),
    answer_offset: Type.Integer({
      minimum: 0,
      description:
        "Where the answer proper starts in the answer text, after the engine's own notes (0 for a model's answer); what to keep when saving it",
    }),
    pack_entries_used: Type.Array(Type.Object({ id: Type.String(), question: Type.String() }), {
      description: 'Starter-pack entries the answer was written from',
    }),
    bank_questions_used: Type.Array(
      Type.Object({ question_id: Type.Integer(), question_text: Type.String() }),
      { description: 'Questions from your bank whose notes informed the answer' },
    ),
    timings_ms: Type.Object({
      routing: Ms,
      first_content: Ms,
      answer: Ms,
    }),
  },
  { title: 'AnswerMetadata', description: 'How the answer was made' },
);
export type AnswerMetadataData = Static<typeof AnswerMetadata>;

export const AnswerResponse = Type.Object(
  {
    success: Type.Boolean(),
    timestamp: Type.String({ format: 'date-time' }),
    question: Type.String(),
    routing: Routing,
    answer: Type.String(),
    metadata: AnswerMetadata,
    follow_up_questions: Type.Array(Type.String(), { minItems: 3, maxItems: 3 }),
    statistics: Type.Object({ word_count: Type.Integer(), character_count: Type.Integer() }),
  },
  { title: 'AnswerResponse' },
);

export const AgentsAvailable = Type.Object(
  {
    total_agents: Type.Integer(),
    agents: Type.Array(
      Type.Object({
        id: StringEnum(AGENT_IDS),
        name: Type.String(),
        specializations: Type.Array(Type.String()),
        best_for: Type.Array(Type.String()),
      }),
    ),
  },
  { title: 'AgentsAvailable' },
);

export const STREAM_DESCRIPTION = [
  'Server-Sent Events. Each event is one `data: <json>` line followed by a blank line; the JSON is',
  '`{event_type, timestamp, data}`. Order: `start` {message, question} → `routing`',
  '{selected_agent, reasoning, confidence, router} → `processing` {message, agent} → `content`',
  '{chunk, is_final} (one per model delta, then a last empty chunk with is_final: true) →',
  '`answer_complete` {full_answer, word_count, character_count, metadata} → `follow_ups`',
  '{questions} → `complete` {message, agent_used, success}. A failure after the start is an',
  '`error` event {error, message} and the stream ends without `complete`. Lines starting with',
  '`:` are keep-alive comments sent after 15 s of silence. Closing the connection aborts the',
  'model request.',
].join(' ');

export const FeedbackRequest = Type.Object(
  {
    question_id: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'A question of your bank: its key concepts are the yardstick',
      }),
    ),
    question: Type.Optional(
      Type.String({
        ...Question,
        description: 'Or the question itself, when it is not in your bank (5 to 2000 characters)',
      }),
    ),
    answer: Type.String({
      minLength: 1,
      maxLength: 20_000,
      pattern: '\\S',
      description: 'Your answer, as you would say it (up to 20,000 characters)',
    }),
    agent: Type.Optional(AgentIdSchema),
  },
  {
    additionalProperties: false,
    title: 'FeedbackRequest',
    description: 'Exactly one of question_id and question',
  },
);
export type FeedbackRequestBody = Static<typeof FeedbackRequest>;

export const CONCEPT_SOURCES = ['bank', 'starter_pack', 'playbook'] as const;

export const AnswerFeedback = Type.Object(
  {
    question_id: Nullable(Type.Integer({ description: 'The bank question reviewed against' })),
    question: Type.String(),
    agent: StringEnum(AGENT_IDS),
    concepts_source: StringEnum(CONCEPT_SOURCES, {
      description:
        "Where the expected concepts came from: the bank question's key_concepts, the closest starter-pack entry, or the agent's playbook outline",
    }),
    covered: Type.Array(
      Type.Object({
        concept: Type.String(),
        sentence: Type.String({ description: 'The sentence of your answer that covers it' }),
      }),
    ),
    missed: Type.Array(
      Type.Object({
        concept: Type.String(),
        hint: Type.String({ description: 'What to add, from the notes when they have it' }),
      }),
    ),
    mistakes: Type.Array(
      Type.Object({
        mistake: Type.String({ description: "One of the question's common_mistakes" }),
        sentence: Type.String({ description: 'The sentence of your answer that makes it' }),
      }),
    ),
    score: Type.Integer({ minimum: 1, maximum: 10 }),
    score_reasons: Type.Array(Type.String()),
    stronger_answer: Type.String({ description: 'Your answer, improved, keeping what was right' }),
    provider: Type.String({ description: '`offline` or the model provider' }),
    model: Type.String(),
    offline: Type.Boolean({ description: 'Reviewed by the offline engine, not a model' }),
  },
  { title: 'AnswerFeedback' },
);
export type AnswerFeedbackData = Static<typeof AnswerFeedback>;

export const FEEDBACK_STREAM_DESCRIPTION = [
  'Server-Sent Events, in the same family as the answer stream: `start` → `routing` →',
  '`processing` → `content` {chunk, is_final} (the stronger answer as it is written) → `feedback`',
  '(the whole structured review, as AnswerFeedback) → `complete`; or `error` {error, message}.',
].join(' ');
