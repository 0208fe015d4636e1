// What the router learns from: the dataset's train split and the starter pack's questions. The
// pack is written separately from the dataset, so a pack question can repeat (or nearly repeat)
// a held-out one; those are left out, or accuracy on the held-out sets would be measured on
// questions the model was trained on.
import { starterPack } from '../../../knowledge/starter-pack.js';
import type { AgentId } from '../../../llm/agent-ids.js';
import type { LabeledQuestion } from './classifier.js';
import type { DatasetRow } from './dataset.js';
import { STOP_WORDS, words } from './tokenizer.js';

export interface PackQuestion {
  question: string;
  agent: AgentId;
}

/**
 * Two questions count as the same when two thirds of the shorter one's content words are in the
 * other: "What is CI/CD?" and "What is CI/CD, and what does a good pipeline look like?" are one
 * question, even though the second has many more words. It errs towards leaving a pack question
 * out, which costs one training example; letting a held-out question in would flatter accuracy.
 */
const NEAR_DUPLICATE = 2 / 3;

export function trainingExamples({
  dataset,
  pack,
  heldOut,
}: {
  dataset: readonly DatasetRow[];
  pack: readonly LabeledQuestion[];
  /** Questions only ever evaluated on: the test split and the unfamiliar set. */
  heldOut: readonly { text: string }[];
}): LabeledQuestion[] {
  const examples = dataset
    .filter((row) => row.split === 'train')
    .map(({ text, agent }) => ({ text, agent }));
  const seen = new Set(examples.map((example) => contentWords(example.text).text));
  const held = heldOut.map((row) => contentWords(row.text));
  for (const question of pack) {
    const own = contentWords(question.text);
    if (seen.has(own.text) || held.some((other) => similarity(own, other) >= NEAR_DUPLICATE)) {
      continue;
    }
    seen.add(own.text);
    examples.push(question);
  }
  return examples;
}

/**
 * The starter pack's questions, or none when the pack does not load: its files are edited by
 * hand, and a half-written one must not stop routing. `warn` gets one line, without the stack.
 */
export function packQuestions(
  load: () => readonly PackQuestion[] = starterPack,
  warn: (message: string) => void = (message) => process.emitWarning(message),
): LabeledQuestion[] {
  try {
    return load().map(({ question, agent }) => ({ text: question, agent }));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    warn(`question router: starter pack not loaded, training on the dataset alone (${reason})`);
    return [];
  }
}

interface ContentWords {
  text: string;
  words: Set<string>;
}

function contentWords(text: string): ContentWords {
  const all = words(text);
  return { text: all.join(' '), words: new Set(all.filter((word) => !STOP_WORDS.has(word))) };
}

/**
 * Overlap of two questions' content words, as a share of the shorter one's (1 for the same
 * wording). A question of one content word only matches the same wording: "failure question"
 * must not claim every question that mentions failure.
 */
function similarity(a: ContentWords, b: ContentWords): number {
  if (a.text === b.text) return 1;
  const smaller = Math.min(a.words.size, b.words.size);
  if (smaller < 2) return 0;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  return shared / smaller;
}
