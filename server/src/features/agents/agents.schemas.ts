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
