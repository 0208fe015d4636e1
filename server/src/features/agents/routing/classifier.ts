// Multinomial logistic regression (softmax) over sparse text features, trained by SGD with L2.
// Chosen over naive Bayes because its softmax output is already a usable probability: naive
// Bayes multiplies correlated n-gram evidence as if independent and is wildly overconfident.
import { AGENT_IDS, type AgentId } from '../../../llm/agent-ids.js';
import { addScaled, logits, type SparseVector, softmax } from './sparse.js';
import { cueText } from './tokenizer.js';
import { fitVectorizer } from './vectorizer.js';

export interface LabeledQuestion {
  text: string;
  agent: AgentId;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per example step; larger means smaller weights and softer probabilities. */
  l2?: number;
  seed?: number;
  /**
   * Divides the logits before the softmax at prediction time (below 1 sharpens). SGD with early
   * stopping leaves the model underconfident; the default is the value that minimises log loss
   * on 5-fold cross-validation over the train split, which `npm run eval:routing` recomputes.
   */
  temperature?: number;
}

export interface Prediction {
  agent: AgentId;
  /** Softmax probability of `agent`, in (0, 1]. */
  confidence: number;
  probabilities: Record<AgentId, number>;
  /** Up to three words or phrases from the question that pushed hardest towards `agent`. */
  cues: string[];
}

export interface Classifier {
  /** `context` (round type, role, notes) is blended in at reduced weight; the question leads. */
  predict(text: string, context?: string): Prediction;
}

export const DEFAULT_TRAIN_OPTIONS: Required<TrainOptions> = {
  epochs: 6,
  learningRate: 2,
  l2: 1e-5,
  seed: 42,
  temperature: 0.65,
};

const CONTEXT_WEIGHT = 0.3;
const MAX_CUES = 3;
const K = AGENT_IDS.length;

export function trainClassifier(
  examples: readonly LabeledQuestion[],
  options: TrainOptions = {},
): Classifier {
  const { epochs, learningRate, l2, seed, temperature } = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const { vectorizer, vectors } = fitVectorizer(examples.map((example) => example.text));
  const labels = examples.map((example) => AGENT_IDS.indexOf(example.agent));
  const rows = vectors.map((x, i) => ({ x, label: labels[i] ?? 0 }));
  // Weights are stored as scale * v so the L2 shrink of every weight costs one multiplication
  // per step instead of a pass over the whole matrix (laid out feature-major: v[f * K + k]).
  const v = new Float64Array(vectorizer.size * K);
  const bias = new Float64Array(K);
  let scale = 1;
  const random = mulberry32(seed);
  const order = rows.map((_, i) => i);

  for (let epoch = 0; epoch < epochs; epoch++) {
    // A decaying rate lets the weights settle instead of chasing the last few examples.
    const rate = learningRate / (1 + epoch / 10);
    shuffle(order, random);
    for (const i of order) {
      const row = rows[i];
      if (row === undefined) continue;
      scale *= 1 - rate * l2;
      step(row.x, row.label, v, bias, scale, rate);
      if (scale < 1e-6) scale = foldScale(v, scale);
    }
  }
  foldScale(v, scale);

  return {
    predict(text, context) {
      const own = vectorizer.vectorize(text);
      const x = context ? addScaled(own, vectorizer.vectorize(context), CONTEXT_WEIGHT) : own;
      const p = softmax(logits(x, v, bias), temperature);
      const best = p.indexOf(Math.max(...p));
      const agent = AGENT_IDS[best] ?? AGENT_IDS[0];
      const probabilities = Object.fromEntries(AGENT_IDS.map((id, k) => [id, p[k] ?? 0]));
      const cues = topCues(own, v, best, vectorizer.featureName);
      return {
        agent,
        confidence: p[best] ?? 0,
        probabilities: probabilities as Record<AgentId, number>,
        cues,
      };
    },
  };
}

// One SGD step on the cross-entropy loss; `scale` already includes this step's L2 shrink.
function step(
  x: SparseVector,
  label: number,
  v: Float64Array,
  bias: Float64Array,
  scale: number,
  rate: number,
): void {
  const p = softmax(logits(x, v, bias, scale));
  // The loss gradient for class k's logit is p_k − [k is the label].
  const delta = p.map((pk, k) => rate * (pk - (k === label ? 1 : 0)));
  for (let k = 0; k < K; k++) bias[k] = (bias[k] ?? 0) - (delta[k] ?? 0);
  const stored = delta.map((d) => d / scale);
  for (let j = 0; j < x.indices.length; j++) {
    const offset = (x.indices[j] ?? 0) * K;
    const value = x.values[j] ?? 0;
    for (let k = 0; k < K; k++) v[offset + k] = (v[offset + k] ?? 0) - (stored[k] ?? 0) * value;
  }
}

// A cue's strength is how much more it adds to the chosen agent's logit than to the average one.
function topCues(
  x: SparseVector,
  v: Float64Array,
  best: number,
  featureName: (index: number) => string,
): string[] {
  const scored: { cue: string; score: number }[] = [];
  x.indices.forEach((f, j) => {
    const cue = cueText(featureName(f));
    if (cue === undefined) return;
    let mean = 0;
    for (let k = 0; k < K; k++) mean += (v[f * K + k] ?? 0) / K;
    const score = (x.values[j] ?? 0) * ((v[f * K + best] ?? 0) - mean);
    if (score > 0) scored.push({ cue, score });
  });
  scored.sort((a, b) => b.score - a.score);
  const cues: string[] = [];
  for (const { cue } of scored) {
    // Skip "shortener" once "url shortener" is chosen, and the reverse.
    if (cues.some((chosen) => overlaps(chosen, cue))) continue;
    cues.push(cue);
    if (cues.length === MAX_CUES) break;
  }
  return cues;
}

function overlaps(a: string, b: string): boolean {
  const aWords = a.split(' ');
  return b.split(' ').some((word) => aWords.includes(word));
}

function foldScale(v: Float64Array, scale: number): number {
  for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) * scale;
  return 1;
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] ?? 0, items[i] ?? 0];
  }
}

// Small seeded PRNG so training is reproducible run to run.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
