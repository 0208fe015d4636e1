// The events of an answer stream, declared once as TypeBox schemas: they type the service's
// generator, are published in the OpenAPI document (components/schemas/AgentStreamEvent, so
// the web client's types are generated like the rest), and a test validates real streams
// against them.
import type { FastifyBaseLogger } from 'fastify';
import Type, { type Static, type TObject } from 'typebox';
import { isDatabaseUnavailable } from '../../http/error-handler.js';
import { AppError, ERROR_CODES } from '../../http/errors.js';
import { StringEnum } from '../../http/schema-helpers.js';
import { AGENT_IDS } from '../../llm/agent-ids.js';
import { AnswerFeedback, AnswerMetadata, Routing } from './agents.schemas.js';

function event<const T extends string, D extends TObject>(type: T, data: D, description: string) {
  return Type.Object(
    {
      event_type: Type.Literal(type),
      timestamp: Type.String({ format: 'date-time', description: 'When the event was sent' }),
      data,
    },
    { description },
  );
}

const AgentIdValue = StringEnum(AGENT_IDS);

export const AgentStreamEvent = Type.Union(
  [
    event(
      'start',
      Type.Object({ message: Type.String(), question: Type.String() }),
      'First: the question was received',
    ),
    event('routing', Routing, 'The agent chosen, with the reason and confidence'),
    event(
      'processing',
      Type.Object({ message: Type.String(), agent: AgentIdValue }),
      'The chosen agent started',
    ),
    event(
      'content',
      Type.Object({ chunk: Type.String(), is_final: Type.Boolean() }),
      'A piece of the answer as the model wrote it; a last empty chunk has is_final: true',
    ),
    event(
      'answer_complete',
      Type.Object({
        full_answer: Type.String({ description: 'The content chunks, joined' }),
        word_count: Type.Integer({ minimum: 0 }),
        character_count: Type.Integer({ minimum: 0, description: 'Unicode code points' }),
        metadata: AnswerMetadata,
      }),
      'The whole answer and how it was made',
    ),
    event(
      'follow_ups',
      Type.Object({ questions: Type.Array(Type.String(), { minItems: 3, maxItems: 3 }) }),
      'Three follow-up questions an interviewer might ask next',
    ),
    event(
      'feedback',
      AnswerFeedback,
      "The review of the user's own answer (feedback streams): covered and missed concepts, mistakes, score, a stronger answer",
    ),
    event(
      'complete',
      Type.Object({
        message: Type.String(),
        agent_used: AgentIdValue,
        success: Type.Literal(true),
      }),
      'Last event of a successful answer',
    ),
    event(
      'error',
      Type.Object({ error: StringEnum(ERROR_CODES), message: Type.String() }),
      'The answer failed; the stream ends without `complete`',
    ),
  ],
  { $id: 'AgentStreamEvent', title: 'AgentStreamEvent' },
);

export type AgentStreamEventBody = Static<typeof AgentStreamEvent>;

type WithoutTimestamp<E> = E extends unknown ? Omit<E, 'timestamp'> : never;
/** An event as the service yields it; the timestamp is stamped when it is sent. */
export type AgentEvent = WithoutTimestamp<AgentStreamEventBody>;

/**
 * The `error` event that ends a stream which failed: our own errors and a lost database say what
 * happened; anything else is logged and reported as internal. `what` names the work ("answer").
 */
export function failureEvent(error: unknown, log: FastifyBaseLogger, what: string): AgentEvent {
  const appError =
    error instanceof AppError
      ? error
      : isDatabaseUnavailable(error)
        ? new AppError('database_unavailable', 'The database is not reachable right now')
        : undefined;
  if (!appError) log.error({ err: error }, `${what} failed`);
  return {
    event_type: 'error',
    data: {
      error: appError?.code ?? 'internal_error',
      message: appError?.message ?? `The ${what} failed because of an internal error`,
    },
  };
}

export function toSse(event: AgentEvent): string {
  const body = {
    event_type: event.event_type,
    timestamp: new Date().toISOString(),
    data: event.data,
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Characters as a reader counts them: code points, not UTF-16 units. */
export function countCharacters(text: string): number {
  return [...text].length;
}
