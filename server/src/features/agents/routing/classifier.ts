// The question classifier: tf-idf features, a softmax regression over them, a temperature fitted
// by cross-validation so its confidence means what it says, and the cues that explain a choice.
import { AGENT_IDS, type AgentId } from '../../../llm/agent-ids.js';
import { fitTemperature, outOfFoldLogits } from './calibration.js';
import { pickCues } from './cues.js';
import { type FitOptions, fitSoftmax } from './regression.js';
import { addScaled, logits, softmax } from './sparse.js';
import { countTexts, fitVectorizer } from './vectorizer.js';

export interface LabeledQuestion {
  text: string;
  agent: AgentId;
}

export interface TrainOptions extends Partial<FitOptions> {
  /**
   * Divides the logits before the softmax at prediction time. Without one, it is fitted: the
   * value that minimises log loss on out-of-fold predictions over `folds` folds of the examples.
   */
  temperature?: number;
  folds?: number;
}

export interface Prediction {
  agent: AgentId;
  /** Calibrated probability of `agent`, in (0, 1]. */
  confidence: number;
  probabilities: Record<AgentId, number>;
  /** The second most likely agent: the one `agent` had to beat. */
  runnerUp: AgentId;
  /** Up to three words or phrases from the question that point to `agent` over every other. */
  cues: string[];
}

export interface Classifier {
  /** The softmax temperature in use, fitted by cross-validation unless one was given. */
  temperature: number;
  /** `context` (round type, role, notes) is blended in at reduced weight; the question leads. */
  predict(text: string, context?: string): Prediction;
}

// Chosen by 5-fold cross-validation on the training questions (accuracy and log loss, averaged
// over five seeds), the held-out sets playing no part: 8 epochs at 0.1 did no better within the
// noise and took a third longer.
export const DEFAULT_FIT_OPTIONS: FitOptions = {
  epochs: 6,
  learningRate: 0.15,
  seed: 42,
};
export const DEFAULT_FOLDS = 5;

const CONTEXT_WEIGHT = 0.3;
const K = AGENT_IDS.length;

export function trainClassifier(
  examples: readonly LabeledQuestion[],
  options: TrainOptions = {},
): Classifier {
  const { temperature: given, folds = DEFAULT_FOLDS, ...fit } = options;
  const fitOptions = { ...DEFAULT_FIT_OPTIONS, ...fit };
  const counted = countTexts(examples.map((example) => example.text));
  const labels = examples.map((example) => AGENT_IDS.indexOf(example.agent));
  const temperature =
    given ?? fitTemperature(outOfFoldLogits(counted, labels, K, fitOptions, folds)).temperature;

  const vectorizer = fitVectorizer(counted);
  const rows = counted.counts.map((counts, i) => ({
    x: vectorizer.weigh(counts),
    label: labels[i] ?? 0,
  }));
  const model = fitSoftmax(rows, vectorizer.size, K, fitOptions);

  return {
    temperature,
    predict(text, context) {
      const own = vectorizer.vectorize(text);
      const x = context ? addScaled(own, vectorizer.vectorize(context), CONTEXT_WEIGHT) : own;
      const p = softmax(logits(x, model.weights, model.bias), temperature);
      const ranked = AGENT_IDS.map((_, k) => k).sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0));
      const best = ranked[0] ?? 0;
      const probabilities = Object.fromEntries(AGENT_IDS.map((id, k) => [id, p[k] ?? 0]));
      return {
        agent: AGENT_IDS[best] ?? AGENT_IDS[0],
        confidence: p[best] ?? 0,
        probabilities: probabilities as Record<AgentId, number>,
        runnerUp: AGENT_IDS[ranked[1] ?? 0] ?? AGENT_IDS[0],
        cues: pickCues(
          text,
          own,
          { model, temperature, featureIndex: vectorizer.featureIndex },
          best,
        ),
      };
    },
  };
}
