// Picks the specialist agent for an interview question with the local classifier: no network,
// no model provider, and a one-sentence explanation the UI can show next to the answer.
import type { QuestionRouter } from '../../../llm/types.js';
import {
  type Classifier,
  type Prediction,
  type TrainOptions,
  trainClassifier,
} from './classifier.js';
import { DATASET_PATH, loadDataset, loadUnfamiliar, UNFAMILIAR_PATH } from './dataset.js';
import { type PackQuestion, packQuestions, trainingExamples } from './training-set.js';

export interface QuestionRouterOptions {
  datasetPath?: string;
  unfamiliarPath?: string;
  /** The starter pack's questions (the shipped pack by default); a throw means "no pack". */
  loadPack?: () => readonly PackQuestion[];
  /** Where a pack that failed to load is reported (a process warning by default). */
  warn?: (message: string) => void;
  train?: TrainOptions;
}

/** Top two agents closer than this are reported as a close call, with both probabilities. */
export const CLOSE_CALL = 0.15;

export function createQuestionRouter(options: QuestionRouterOptions = {}): QuestionRouter {
  // Training takes about a second, but only callers that route anything should pay it.
  let classifier: Classifier | undefined;
  const getClassifier = (): Classifier => {
    classifier ??= trainRouterClassifier(options);
    return classifier;
  };

  return {
    route(question, context) {
      const prediction = getClassifier().predict(question, context);
      return {
        selected_agent: prediction.agent,
        confidence: prediction.confidence,
        reasoning: explain(prediction),
      };
    },
  };
}

/** The classifier the router uses: dataset train split plus starter pack, temperature fitted. */
export function trainRouterClassifier(options: QuestionRouterOptions = {}): Classifier {
  const dataset = loadDataset(options.datasetPath ?? DATASET_PATH);
  const unfamiliar = loadUnfamiliar(options.unfamiliarPath ?? UNFAMILIAR_PATH);
  const examples = trainingExamples({
    dataset,
    pack: packQuestions(options.loadPack, options.warn),
    heldOut: [...dataset.filter((row) => row.split === 'test'), ...unfamiliar],
  });
  return trainClassifier(examples, options.train);
}

export function explain({ agent, confidence, probabilities, runnerUp, cues }: Prediction): string {
  const quoted = cues.map((cue) => `"${cue}"`).join(', ');
  // No cue means only function words ("how would you …") or nothing known: the phrasing decided.
  const phrasing = `the phrasing is closest to ${agent} questions`;
  const second = probabilities[runnerUp];
  if (confidence - second < CLOSE_CALL) {
    const close = `Close call between ${agent} (${odds(confidence)}) and ${runnerUp} (${odds(second)})`;
    return cues.length
      ? `${close}; ${agent} cues: ${quoted}`
      : `${close}; no topic words matched, ${phrasing}`;
  }
  return cues.length
    ? `Matched ${agent} cues: ${quoted} (confidence ${odds(confidence)})`
    : `No topic words matched; ${phrasing} (confidence ${odds(confidence)})`;
}

const odds = (probability: number) => probability.toFixed(2);
