import type { AgentId } from '../../core/api/api-types';

// The OpenAPI document describes the answer stream as `text/event-stream` text, so the shape
// of each event is written here, from the endpoint's description (and api.md).

export interface RoutingData {
  selected_agent: AgentId;
  reasoning: string;
  confidence: number;
  router?: string;
}

interface Event<T extends string, D> {
  event_type: T;
  timestamp: string;
  data: D;
}

export type StreamEvent =
  | Event<'start', { message: string; question: string }>
  | Event<'routing', RoutingData>
  | Event<'processing', { message: string; agent: AgentId }>
  | Event<'content', { chunk: string; is_final: boolean }>
  | Event<
      'answer_complete',
      {
        full_answer: string;
        word_count: number;
        character_count: number;
        metadata?: Record<string, unknown>;
      }
    >
  | Event<'follow_ups', { questions: string[] }>
  | Event<'complete', { message: string; agent_used: AgentId; success: boolean }>
  | Event<'error', { error: string; message: string }>;

const TYPES = new Set([
  'start',
  'routing',
  'processing',
  'content',
  'answer_complete',
  'follow_ups',
  'complete',
  'error',
]);

/** Parses one `data:` payload; anything that is not a known event is ignored, not trusted. */
export function parseEvent(data: string): StreamEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (
      value &&
      typeof value === 'object' &&
      'event_type' in value &&
      typeof value.event_type === 'string' &&
      TYPES.has(value.event_type) &&
      'data' in value &&
      value.data &&
      typeof value.data === 'object'
    ) {
      return value as StreamEvent;
    }
  } catch {
    // A malformed line is skipped; the stream's end or its error event decides the outcome.
  }
  return null;
}
