import type { StreamEvent } from './api-types';

export type { RoutingData, StreamEvent } from './api-types';

// The event types the server publishes (components/schemas/AgentStreamEvent); the compiler
// fails here when the generated union gains or loses one.
const EVENT_TYPES = {
  start: true,
  routing: true,
  processing: true,
  content: true,
  answer_complete: true,
  follow_ups: true,
  feedback: true,
  complete: true,
  error: true,
} satisfies Record<StreamEvent['event_type'], true>;

const isEventType = (value: string): value is StreamEvent['event_type'] =>
  Object.hasOwn(EVENT_TYPES, value);

/** Parses one `data:` payload; anything that is not a known event is ignored, not trusted. */
export function parseEvent(data: string): StreamEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (
      value &&
      typeof value === 'object' &&
      'event_type' in value &&
      typeof value.event_type === 'string' &&
      isEventType(value.event_type) &&
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
