// The default "model": deterministic, instant, honest about what it is. It answers from the
// starter pack, the playbook and the user's question bank, streamed in small chunks without
// artificial delays.
import type { LlmProvider } from '../types.js';
import { answerOffset, chunkWords, composeOfflineAnswer, offlineFollowUps } from './compose.js';

export function createOfflineProvider(): LlmProvider {
  return {
    name: 'offline',
    model: 'starter-pack',
    async *streamAnswer(input) {
      for (const chunk of chunkWords(composeOfflineAnswer(input))) {
        if (input.signal.aborted) return;
        yield chunk;
      }
    },
    answerOffset,
    async suggestFollowUps(input) {
      return offlineFollowUps(input);
    },
  };
}
