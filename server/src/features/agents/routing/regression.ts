// Multinomial logistic regression (softmax) over sparse features, trained by AdaGrad.
// Chosen over naive Bayes because its softmax output is already close to a probability: naive
// Bayes multiplies correlated n-gram evidence as if independent and is wildly overconfident.
// AdaGrad over plain SGD because it gives every weight its own step size: a topic word seen in
// three questions ("mutex", "outbox") learns as fast as "what" seen in three hundred, where SGD
// left rare words with tiny weights and let the framing of a question decide.
import type { SparseVector } from './sparse.js';

export interface FitOptions {
  epochs: number;
  /** AdaGrad's base step; each weight's step shrinks with the gradients it has already had. */
  learningRate: number;
  seed: number;
}

export interface LabeledVector {
  x: SparseVector;
  /** Index of the class, below `classes`. */
  label: number;
}

export interface SoftmaxModel {
  classes: number;
  /** Feature-major: the weight of feature f for class k is `weights[f * classes + k]`. */
  weights: Float64Array;
  bias: Float64Array;
}

// Keeps the first step of a weight finite; far below any squared gradient that matters.
const EPSILON = 1e-8;

export function fitSoftmax(
  rows: readonly LabeledVector[],
  features: number,
  classes: number,
  { epochs, learningRate, seed }: FitOptions,
): SoftmaxModel {
  const weights = new Float64Array(features * classes);
  const bias = new Float64Array(classes);
  // Running sums of squared gradients, one per weight and per bias.
  const squared = new Float64Array(features * classes).fill(EPSILON);
  const biasSquared = new Float64Array(classes).fill(EPSILON);
  const gradient = new Float64Array(classes);
  const random = mulberry32(seed);
  const order = rows.map((_, i) => i);

  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const row = rows[i];
      if (row === undefined) continue;
      const { indices, values } = row.x;
      probabilities(row.x, weights, bias, gradient);
      // The loss gradient for class k's logit is p_k − [k is the label].
      for (let k = 0; k < classes; k++) {
        const g = (gradient[k] as number) - (k === row.label ? 1 : 0);
        gradient[k] = g;
        biasSquared[k] = (biasSquared[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (learningRate * g) / Math.sqrt(biasSquared[k] as number);
      }
      for (let j = 0; j < indices.length; j++) {
        const offset = (indices[j] as number) * classes;
        const value = values[j] as number;
        for (let k = 0; k < classes; k++) {
          const g = (gradient[k] as number) * value;
          const at = offset + k;
          squared[at] = (squared[at] as number) + g * g;
          weights[at] =
            (weights[at] as number) - (learningRate * g) / Math.sqrt(squared[at] as number);
        }
      }
    }
  }
  return { classes, weights, bias };
}

/** Softmax of bias + x · weights, written into `out`. */
function probabilities(
  x: SparseVector,
  weights: Float64Array,
  bias: Float64Array,
  out: Float64Array,
): void {
  const classes = bias.length;
  out.set(bias);
  for (let j = 0; j < x.indices.length; j++) {
    const offset = (x.indices[j] as number) * classes;
    const value = x.values[j] as number;
    for (let k = 0; k < classes; k++) {
      out[k] = (out[k] as number) + value * (weights[offset + k] as number);
    }
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < classes; k++) max = Math.max(max, out[k] as number);
  let sum = 0;
  for (let k = 0; k < classes; k++) {
    out[k] = Math.exp((out[k] as number) - max);
    sum += out[k] as number;
  }
  for (let k = 0; k < classes; k++) out[k] = (out[k] as number) / sum;
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
