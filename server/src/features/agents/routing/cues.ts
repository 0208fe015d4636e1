// The words of a question that explain the router's choice. Each word is credited with what it
// added to every agent's logit: its own word feature plus its share of the character n-grams
// inside it (the model leans on those for rare words and typos). A word is a cue only when the
// credit it gives the chosen agent beats the credit it gives every other agent by a margin
// (MIN_LEAD), so a word that turns up in all kinds of question never qualifies; function and
// framing words ("how would you", "tell me") are never offered at all (see STOP_WORDS).
import type { SoftmaxModel } from './regression.js';
import type { SparseVector } from './sparse.js';
import { bigramFeature, countFeatures, cueText, tokenFeatures, words } from './tokenizer.js';

const MAX_CUES = 3;
/**
 * How far a cue must favour the chosen agent, in calibrated logits: ln 2, so the word on its
 * own at least doubles the odds of the chosen agent against each other agent.
 */
export const MIN_LEAD = Math.LN2;

export interface CueModel {
  model: SoftmaxModel;
  temperature: number;
  featureIndex(name: string): number | undefined;
}

/**
 * Up to three words or two-word phrases of `text` that point to agent `chosen` over every
 * other agent; `x` is the text's own feature vector, without any context blended in.
 */
export function pickCues(
  text: string,
  x: SparseVector,
  { model, temperature, featureIndex }: CueModel,
  chosen: number,
): string[] {
  const { weights, classes } = model;
  const weighted = new Map<number, number>();
  for (let j = 0; j < x.indices.length; j++) weighted.set(x.indices[j] ?? 0, x.values[j] ?? 0);
  const occurrences = countFeatures(text);

  /** Adds to `credit` the part of feature `name` that one of its occurrences accounts for. */
  const addShare = (name: string, credit: Float64Array) => {
    const index = featureIndex(name);
    if (index === undefined) return;
    const share = (weighted.get(index) ?? 0) / (occurrences.get(name) ?? 1);
    for (let k = 0; k < classes; k++) {
      credit[k] = (credit[k] ?? 0) + share * (weights[index * classes + k] ?? 0);
    }
  };

  const tokens = words(text);
  const credits = new Map<string, Float64Array>();
  for (const token of tokens) {
    const credit = credits.get(token) ?? new Float64Array(classes);
    for (const name of tokenFeatures(token)) addShare(name, credit);
    credits.set(token, credit);
  }
  // A phrase the model knows ("url shortener") carries its own weight on top of its words'.
  const phrases = new Map<string, Float64Array>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (next === undefined || featureIndex(bigramFeature(token, next)) === undefined) return;
    const credit = new Float64Array(classes);
    addShare(bigramFeature(token, next), credit);
    for (const part of [credits.get(token), credits.get(next)]) {
      for (let k = 0; k < classes; k++) credit[k] = (credit[k] ?? 0) + (part?.[k] ?? 0);
    }
    phrases.set(`${token} ${next}`, credit);
  });

  const scored: { cue: string; lead: number }[] = [];
  for (const [phrase, credit] of [...credits, ...phrases]) {
    const cue = cueText(`w:${phrase}`);
    if (cue === undefined) continue;
    let rival = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < classes; k++) if (k !== chosen) rival = Math.max(rival, credit[k] ?? 0);
    const lead = ((credit[chosen] ?? 0) - rival) / temperature;
    if (lead >= MIN_LEAD) scored.push({ cue, lead });
  }
  scored.sort((a, b) => b.lead - a.lead);
  const cues: string[] = [];
  for (const { cue } of scored) {
    // Skip "shortener" once "url shortener" is chosen, and the reverse.
    if (cues.some((taken) => overlaps(taken, cue))) continue;
    cues.push(cue);
    if (cues.length === MAX_CUES) break;
  }
  return cues;
}

function overlaps(a: string, b: string): boolean {
  const aWords = a.split(' ');
  return b.split(' ').some((word) => aWords.includes(word));
}
