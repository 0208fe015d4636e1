// Finds the starter-pack entries closest to a question: BM25 over the entry's question, tags,
// key concepts and summary (MiniSearch), with stemming, then a coverage check so a weak match
// ("design" in common) is not passed off as the same question.
import MiniSearch from 'minisearch';
import type { AgentId } from '../llm/agent-ids.js';
import type { PackEntry } from './starter-pack.js';
import { stem, stems, topicWords, words } from './text.js';

export interface PackMatch {
  entry: PackEntry;
  /** BM25 score, comparable only within one search. */
  score: number;
  /**
   * How much the two questions share, 0-1: the larger of the share of the asked question's
   * words in the entry's question, and the share of the entry question's words the asked
   * question uses. Numbers and load words are left out: "at 50k requests/s" is a detail.
   * (Tags, concepts and summary count for ranking, not for being the same question: the
   * crawler's answer uses Bloom filters but does not explain them.)
   */
  coverage: number;
}

export interface PackSearchOptions {
  /** Prefer entries of this agent (the routed one); others still match when much closer. */
  agent?: AgentId | undefined;
  /** Only entries of `agent` (the user chose the agent). */
  only?: boolean;
  limit?: number;
}

/** A match this close is treated as the same question; below it, only as related reading. */
export const CLOSE_MATCH = 0.6;

export interface PackIndex {
  search(question: string, options?: PackSearchOptions): PackMatch[];
}

export function createPackIndex(entries: readonly PackEntry[]): PackIndex {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const index = new MiniSearch<PackEntry & { concepts: string; tagText: string }>({
    fields: ['question', 'tagText', 'concepts', 'summary'],
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm: (term) => stem(term),
    searchOptions: {
      boost: { question: 4, tagText: 2, concepts: 1.5, summary: 0.5 },
      prefix: false,
      fuzzy: false,
      combineWith: 'OR',
    },
  });
  index.addAll(
    entries.map((entry) => ({
      ...entry,
      tagText: entry.tags.join(' ').replaceAll('-', ' '),
      concepts: entry.key_concepts.join(' '),
    })),
  );
  const questionStems = new Map(entries.map((entry) => [entry.id, stems(entry.question)]));
  return {
    search(question, { agent, only = false, limit = 3 } = {}) {
      const topic = topicWords(question).join(' ');
      const asked = stems(topic);
      if (asked.size === 0) {
        // Only framing words ("Tell me about yourself"): the same question, or nothing.
        const same = entries.find((entry) => normalise(entry.question) === normalise(question));
        return same ? [{ entry: same, score: 1, coverage: 1 }] : [];
      }
      return index
        .search(topic)
        .map((result) => {
          const entry = byId.get(String(result.id)) as PackEntry;
          const own = questionStems.get(entry.id) ?? new Set<string>();
          const coverage = Math.max(share(asked, own), own.size > 0 ? share(own, asked) : 0);
          // The routed agent's entries are preferred: the same words mean different things to
          // a product manager and an architect ("scale a team" vs "scale a service").
          const score = result.score * (agent && entry.agent !== agent ? 0.6 : 1);
          return { entry, score, coverage };
        })
        .filter((match) => !only || match.entry.agent === agent)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
}

const share = (part: Set<string>, whole: Set<string>) =>
  [...part].filter((s) => whole.has(s)).length / part.size;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The entry that answers the question itself, if the best match is close enough: most of the
 * words in common and clearly ahead of the runner-up (or nearly all words in common).
 */
export function closeEntry(
  matches: readonly PackMatch[],
  minCoverage = 0.5,
): PackEntry | undefined {
  const [best, next] = matches;
  // In a coding problem every word counts: "longest palindromic substring" is not "longest
  // substring without repeating characters".
  const needed = best?.entry.agent === 'coding' ? Math.max(minCoverage, 0.9) : minCoverage;
  if (!best || best.coverage < needed) return undefined;
  if (best.coverage >= 0.65 || !next || best.score >= 1.25 * next.score) return best.entry;
  return undefined;
}
