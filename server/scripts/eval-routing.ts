// Trains the question router on the dataset's train split and reports how it does on the
// held-out test split: accuracy, per-agent precision/recall, confusion matrix, the misses,
// calibration and training time. Run with `npm run eval:routing`.

import {
  DEFAULT_TRAIN_OPTIONS,
  type Prediction,
  trainClassifier,
} from '../src/features/agents/routing/classifier.js';
import {
  DATASET_PATH,
  type DatasetRow,
  loadDataset,
} from '../src/features/agents/routing/dataset.js';
import { softmax } from '../src/features/agents/routing/sparse.js';
import { AGENT_IDS, type AgentId } from '../src/llm/agent-ids.js';

const SHORT: Record<AgentId, string> = {
  product_manager: 'pm',
  technical: 'tech',
  architect: 'arch',
  coding: 'code',
  behavioral: 'behav',
  system_design: 'sysd',
};
const BUCKETS = [0, 0.5, 0.7, 0.9, 1.0001];
const FOLDS = 5;

const rows = loadDataset();
const train = rows.filter((row) => row.split === 'train');
const test = rows.filter((row) => row.split === 'test');

const started = performance.now();
const classifier = trainClassifier(train);
const trainingMs = performance.now() - started;

const results = test.map((row) => ({ ...row, prediction: classifier.predict(row.text) }));
const isCorrect = (r: { agent: AgentId; prediction: Prediction }) => r.agent === r.prediction.agent;
const correct = results.filter(isCorrect);

console.log(`dataset: ${DATASET_PATH}`);
console.log(`train: ${train.length} questions, test: ${test.length} questions`);
console.log(
  `held-out accuracy: ${percent(correct.length / results.length)} (${correct.length}/${results.length})`,
);

section('per agent');
console.log(`${'agent'.padEnd(16)}${['precision', 'recall', 'f1', 'support'].map(cell).join('')}`);
for (const agent of AGENT_IDS) {
  const truePositives = results.filter((r) => r.agent === agent && isCorrect(r)).length;
  const predicted = results.filter((r) => r.prediction.agent === agent).length;
  const actual = results.filter((r) => r.agent === agent).length;
  const precision = predicted ? truePositives / predicted : 0;
  const recall = actual ? truePositives / actual : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(
    agent.padEnd(16) +
      [percent(precision), percent(recall), percent(f1), String(actual)].map(cell).join(''),
  );
}

section('confusion matrix (rows: expected, columns: predicted)');
console.log(`${''.padEnd(16)}${AGENT_IDS.map((agent) => cell(SHORT[agent])).join('')}`);
for (const expected of AGENT_IDS) {
  const counts = AGENT_IDS.map(
    (predicted) =>
      results.filter((r) => r.agent === expected && r.prediction.agent === predicted).length,
  );
  console.log(expected.padEnd(16) + counts.map((count) => cell(String(count))).join(''));
}

section(`misclassified (${results.length - correct.length})`);
for (const r of results.filter((result) => !isCorrect(result))) {
  const { agent, confidence, cues } = r.prediction;
  const cueList = cues.length ? ` [cues: ${cues.join(', ')}]` : '';
  console.log(`  ${r.agent} → ${agent} (${confidence.toFixed(2)}): ${r.text}${cueList}`);
}

section('calibration');
const wrong = results.filter((r) => !isCorrect(r));
console.log(`mean confidence when correct: ${mean(correct.map(confidenceOf)).toFixed(3)}`);
console.log(`mean confidence when wrong:   ${mean(wrong.map(confidenceOf)).toFixed(3)}`);
console.log(
  `${'confidence'.padEnd(16)}${['questions', 'accuracy', 'mean conf'].map(cell).join('')}`,
);
let calibrationError = 0;
for (let b = 0; b + 1 < BUCKETS.length; b++) {
  const low = BUCKETS[b] ?? 0;
  const high = BUCKETS[b + 1] ?? 1;
  const inBucket = results.filter((r) => confidenceOf(r) >= low && confidenceOf(r) < high);
  const accuracy = inBucket.filter(isCorrect).length / (inBucket.length || 1);
  const confidence = mean(inBucket.map(confidenceOf));
  calibrationError += (inBucket.length / results.length) * Math.abs(accuracy - confidence);
  const label = `${low.toFixed(1)}–${Math.min(high, 1).toFixed(1)}`;
  const cells = [String(inBucket.length), percent(accuracy), confidence.toFixed(3)];
  console.log(label.padEnd(16) + cells.map(cell).join(''));
}
console.log(`expected calibration error: ${calibrationError.toFixed(3)}`);

const { temperature, logLoss } = crossValidatedTemperature(train);
console.log(
  `temperature by ${FOLDS}-fold CV on the train split: ${temperature.toFixed(2)} ` +
    `(log loss ${logLoss.toFixed(3)}); in use: ${DEFAULT_TRAIN_OPTIONS.temperature}`,
);

section('training');
console.log(`trained on ${train.length} questions in ${trainingMs.toFixed(0)} ms`);

// Refits the softmax temperature without touching the test split: out-of-fold probabilities at
// temperature 1, then the grid value with the lowest log loss (log p works as logits for softmax).
function crossValidatedTemperature(rows: DatasetRow[]): { temperature: number; logLoss: number } {
  const outOfFold: { logProbabilities: number[]; label: number }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainClassifier(
      rows.filter((_, i) => i % FOLDS !== fold),
      { temperature: 1 },
    );
    for (const row of rows.filter((_, i) => i % FOLDS === fold)) {
      const { probabilities } = model.predict(row.text);
      const logProbabilities = AGENT_IDS.map((agent) => Math.log(probabilities[agent]));
      outOfFold.push({ logProbabilities, label: AGENT_IDS.indexOf(row.agent) });
    }
  }
  let best = { temperature: 1, logLoss: Number.POSITIVE_INFINITY };
  for (let temperature = 0.3; temperature <= 1.5; temperature += 0.05) {
    const logLoss = mean(
      outOfFold.map((r) => -Math.log(softmax(r.logProbabilities, temperature)[r.label] ?? 0)),
    );
    if (logLoss < best.logLoss) best = { temperature, logLoss };
  }
  return best;
}

function confidenceOf(r: { prediction: Prediction }): number {
  return r.prediction.confidence;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

function cell(text: string): string {
  return text.padStart(11);
}

function section(title: string): void {
  console.log(`\n${title}`);
}
