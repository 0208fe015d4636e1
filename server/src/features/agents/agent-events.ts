// The typed events of an answer stream, and their SSE framing, in one place.
import type { AgentId } from './agent-ids.js';

export type RouterKind = 'classifier' | 'llm' | 'forced';

export interface RoutingData {
  selected_agent: AgentId;
  reasoning: string;
  confidence: number;
  router: RouterKind;
}

export type AgentEvent =
  | { event_type: 'start'; data: { message: string; question: string } }
  | { event_type: 'routing'; data: RoutingData }
  | { event_type: 'processing'; data: { message: string; agent: AgentId } }
  | { event_type: 'content'; data: { chunk: string; is_final: boolean } }
  | {
      event_type: 'answer_complete';
      data: {
        full_answer: string;
        word_count: number;
        character_count: number;
        metadata: Record<string, unknown>;
      };
    }
  | { event_type: 'follow_ups'; data: { questions: string[] } }
  | { event_type: 'complete'; data: { message: string; agent_used: AgentId; success: true } }
  | { event_type: 'error'; data: { error: string; message: string } };

export function toSse(event: AgentEvent): string {
  return `data: ${JSON.stringify({ event_type: event.event_type, timestamp: new Date().toISOString(), data: event.data })}\n\n`;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Characters as a reader counts them: code points, not UTF-16 units. */
export function countCharacters(text: string): number {
  return [...text].length;
}
