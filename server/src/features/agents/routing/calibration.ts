// Calibration: the softmax temperature is fitted on out-of-fold predictions, so the final
// model's confidence is tuned on questions the model that produced them never saw; and the
// measures (reliability buckets, expected calibration error) that eval and tests report.
import { type FitOptions, fitSoftmax } from './regression.js';
import { logits } from './sparse.js';
import { type CountedTexts, fitVectorizer } from './vectorizer.js';

export interface OutOfFold {
  logits: number[];
  label: number;
}

/** Every text's logits from a model (vectorizer included) fitted on the other folds only. */
export function outOfFoldLogits(
  counted: CountedTexts,
  labels: readonly number[],
  classes: number,
  options: FitOptions,
  folds: number,
): OutOfFold[] {
  const result: OutOfFold[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (i: number) => i % folds === fold;
    const rows = labels.flatMap((_, i) => (inFold(i) ? [] : [i]));
    const vectorizer = fitVectorizer(counted, rows);
    const model = fitSoftmax(
      rows.map((i) => ({ x: vectorizer.weigh(counted.counts[i] ?? empty), label: labels[i] ?? 0 })),
      vectorizer.size,
      classes,
      options,
    );
    labels.forEach((label, i) => {
      if (!inFold(i)) return;
      const x = vectorizer.weigh(counted.counts[i] ?? empty);
      result.push({ logits: logits(x, model.weights, model.bias), label });
    });
  }
  return result;
}

const empty = { indices: new Int32Array(), values: new Float64Array() };

/** Mean negative log-likelihood of the labels at `temperature`. */
export function logLoss(rows: readonly OutOfFold[], temperature: number): number {
  let total = 0;
  for (const { logits, label } of rows) {
    // −log softmax(z / T)[label], as log-sum-exp minus the label's scaled logit.
    const max = Math.max(...logits);
    let sum = 0;
    for (const z of logits) sum += Math.exp((z - max) / temperature);
    total += Math.log(sum) - ((logits[label] ?? max) - max) / temperature;
  }
  return total / (rows.length || 1);
}

/**
 * The temperature with the lowest log loss. The loss is convex in 1/temperature, so a
 * golden-section search over it finds the minimum without a grid's resolution limit.
 */
export function fitTemperature(rows: readonly OutOfFold[]): {
  temperature: number;
  logLoss: number;
} {
  const loss = (inverse: number) => logLoss(rows, 1 / inverse);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = 0.05;
  let high = 10;
  for (let i = 0; i < 40; i++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (loss(a) < loss(b)) high = b;
    else low = a;
  }
  const temperature = 2 / (low + high);
  return { temperature, logLoss: logLoss(rows, temperature) };
}

export interface Scored {
  confidence: number;
  correct: boolean;
}

export interface ReliabilityBucket {
  low: number;
  high: number;
  count: number;
  accuracy: number;
  meanConfidence: number;
}

/** Ten equal-width confidence buckets (the usual reliability diagram), empty ones included. */
export function reliability(scored: readonly Scored[], buckets = 10): ReliabilityBucket[] {
  return Array.from({ length: buckets }, (_, b) => {
    const low = b / buckets;
    const high = (b + 1) / buckets;
    const last = b === buckets - 1;
    const inside = scored.filter(
      ({ confidence }) => confidence >= low && (confidence < high || last),
    );
    return {
      low,
      high,
      count: inside.length,
      accuracy: mean(inside.map(({ correct }) => (correct ? 1 : 0))),
      meanConfidence: mean(inside.map(({ confidence }) => confidence)),
    };
  });
}

/** Σ over buckets of (share of questions) × |accuracy − mean confidence|. */
export function expectedCalibrationError(scored: readonly Scored[], buckets = 10): number {
  return reliability(scored, buckets).reduce(
    (sum, bucket) =>
      sum +
      (bucket.count / (scored.length || 1)) * Math.abs(bucket.accuracy - bucket.meanConfidence),
    0,
  );
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
