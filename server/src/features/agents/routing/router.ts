// Picks the specialist agent for an interview question with the local classifier: no network,
// no model provider, and a one-sentence explanation the UI can show next to the answer.
import type { AgentId } from '../../../llm/agent-ids.js';
import type { QuestionRouter } from '../../../llm/types.js';
import { type Classifier, type TrainOptions, trainClassifier } from './classifier.js';
import { DATASET_PATH, loadDataset } from './dataset.js';

export interface QuestionRouterOptions {
  datasetPath?: string;
  train?: TrainOptions;
}

export function createQuestionRouter(options: QuestionRouterOptions = {}): QuestionRouter {
  // Training takes a fraction of a second, but only callers that route anything should pay it.
  let classifier: Classifier | undefined;
  const getClassifier = (): Classifier => {
    classifier ??= trainClassifier(
      loadDataset(options.datasetPath ?? DATASET_PATH).filter((row) => row.split === 'train'),
      options.train,
    );
    return classifier;
  };

  return {
    route(question, context) {
      const { agent, confidence, cues } = getClassifier().predict(question, context);
      return {
        selected_agent: agent,
        confidence,
        reasoning: explain(agent, confidence, cues),
      };
    },
  };
}

function explain(agent: AgentId, confidence: number, cues: string[]): string {
  const rounded = confidence.toFixed(2);
  if (cues.length === 0) {
    // Only function words ("how would you …") or nothing known: the phrasing alone decided.
    return `No topic words matched; the phrasing is closest to ${agent} questions (confidence ${rounded})`;
  }
  const quoted = cues.map((cue) => `"${cue}"`).join(', ');
  return `Matched ${agent} cues: ${quoted} (confidence ${rounded})`;
}
