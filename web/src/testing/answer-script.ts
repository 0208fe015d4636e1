// A whole answer as the server streams it, for tests of the room's conversation.
import type { AgentId } from '../app/core/api/api-types';
import type { ControlledStream } from './fake-fetch';

export interface ScriptedAnswer {
  agent?: AgentId;
  chunks?: string[];
  followUps?: unknown[];
}

/** Routes to `agent`, streams `chunks`, then the final answer, follow-ups and "complete". */
export function answerWith(stream: ControlledStream, answer: ScriptedAnswer = {}): void {
  const agent = answer.agent ?? 'technical';
  const chunks = answer.chunks ?? ['A closure keeps ', 'its scope.'];
  const full = chunks.join('');
  stream.event('start', { message: 'Processing question...', question: 'q' });
  stream.event('routing', { selected_agent: agent, reasoning: 'Scripted', confidence: 0.9 });
  stream.event('processing', { message: `Processing with ${agent} agent...`, agent });
  for (const chunk of chunks) stream.event('content', { chunk, is_final: false });
  stream.event('content', { chunk: '', is_final: true });
  stream.event('answer_complete', {
    full_answer: full,
    word_count: full.split(/\s+/).filter(Boolean).length,
    character_count: full.length,
    metadata: {},
  });
  stream.event('follow_ups', { questions: answer.followUps ?? ['Why?', 'How?', 'When?'] });
  stream.event('complete', { message: 'Processing complete', agent_used: agent, success: true });
  stream.close();
}
