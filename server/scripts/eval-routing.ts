// Trains the question router exactly as the app does (the dataset's train split plus the starter
// pack) and reports how it does on the two held-out sets: the dataset's test split and the
// unfamiliar set. For each: accuracy, per-agent precision/recall, the misses, and calibration
// (reliability buckets, expected calibration error). Then how much accuracy moves with the
// training shuffle alone, and how long training takes. Run with `npm run eval:routing`.

import {
  expectedCalibrationError,
  reliability,
  type Scored,
} from '../src/features/agents/routing/calibration.js';
import {
  type Classifier,
  DEFAULT_FIT_OPTIONS,
  DEFAULT_FOLDS,
  type LabeledQuestion,
  type Prediction,
  trainClassifier,
} from '../src/features/agents/routing/classifier.js';
import {
  DATASET_PATH,
  loadDataset,
  loadUnfamiliar,
  UNFAMILIAR_PATH,
} from '../src/features/agents/routing/dataset.js';
import { explain } from '../src/features/agents/routing/router.js';
import { packQuestions, trainingExamples } from '../src/features/agents/routing/training-set.js';
import { AGENT_IDS, type AgentId } from '../src/llm/agent-ids.js';

const SHORT: Record<AgentId, string> = {
  product_manager: 'pm',
  technical: 'tech',
  architect: 'arch',
  coding: 'code',
  behavioral: 'behav',
  system_design: 'sysd',
};
/** Other shuffles of the same data: how far accuracy moves when nothing else changes. */
const OTHER_SEEDS = [1, 2, 3, 4, 5];

const dataset = loadDataset();
const test = dataset.filter((row) => row.split === 'test');
const unfamiliar = loadUnfamiliar();

const packStarted = performance.now();
let packProblem: string | undefined;
const pack = packQuestions(undefined, (message) => {
  packProblem = message;
});
const packMs = performance.now() - packStarted;
const examples = trainingExamples({ dataset, pack, heldOut: [...test, ...unfamiliar] });
const trainSplit = dataset.length - test.length;

const wallStarted = performance.now();
const cpuStarted = process.cpuUsage();
const classifier = trainClassifier(examples);
const trainingMs = performance.now() - wallStarted;
const trainingCpuMs = process.cpuUsage(cpuStarted).user / 1000;

console.log(`dataset: ${DATASET_PATH}`);
console.log(`unfamiliar set: ${UNFAMILIAR_PATH}`);
console.log(
  `trained on ${examples.length} questions: ${trainSplit} from the train split, ` +
    `${examples.length - trainSplit} of ${pack.length} starter-pack questions ` +
    '(the rest repeat a train question or nearly repeat a held-out one)',
);
if (packProblem) console.log(packProblem);

const testResults = evaluate('held-out test split', test, classifier);
const unfamiliarResults = evaluate('unfamiliar set', unfamiliar, classifier);

section('calibration');
console.log(
  `temperature ${classifier.temperature.toFixed(3)}, fitted on ${DEFAULT_FOLDS}-fold ` +
    'out-of-fold predictions over the training questions (neither held-out set is used)',
);
calibration('held-out test split', testResults);
calibration('unfamiliar set', unfamiliarResults);

section('accuracy with other training shuffles (same data, same options)');
console.log(
  `${'seed'.padEnd(8)}${['test', 'unfamiliar', 'test ECE', 'unf. ECE'].map(cell).join('')}`,
);
for (const seed of [DEFAULT_FIT_OPTIONS.seed, ...OTHER_SEEDS]) {
  const model =
    seed === DEFAULT_FIT_OPTIONS.seed ? classifier : trainClassifier(examples, { seed });
  const onTest = scoredOf(test, model);
  const onUnfamiliar = scoredOf(unfamiliar, model);
  console.log(
    String(seed).padEnd(8) +
      [
        percent(accuracyOf(onTest)),
        percent(accuracyOf(onUnfamiliar)),
        expectedCalibrationError(onTest).toFixed(3),
        expectedCalibrationError(onUnfamiliar).toFixed(3),
      ]
        .map(cell)
        .join(''),
  );
}

section('training');
console.log(
  `trained on ${examples.length} questions in ${trainingMs.toFixed(0)} ms ` +
    `(${trainingCpuMs.toFixed(0)} ms of CPU), temperature fitting included; ` +
    `reading the starter pack took ${packMs.toFixed(0)} ms more`,
);

interface Result extends LabeledQuestion {
  prediction: Prediction;
}

function evaluate(title: string, rows: LabeledQuestion[], model: Classifier): Result[] {
  const results = rows.map((row) => ({ ...row, prediction: model.predict(row.text) }));
  const correct = results.filter(isCorrect).length;
  section(title);
  console.log(`accuracy: ${percent(correct / results.length)} (${correct}/${results.length})`);
  console.log(
    `${'agent'.padEnd(16)}${['precision', 'recall', 'f1', 'support'].map(cell).join('')}`,
  );
  for (const agent of AGENT_IDS) {
    const truePositives = results.filter((r) => r.agent === agent && isCorrect(r)).length;
    const predicted = results.filter((r) => r.prediction.agent === agent).length;
    const actual = results.filter((r) => r.agent === agent).length;
    const precision = predicted ? truePositives / predicted : 0;
    const recall = actual ? truePositives / actual : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const cells = [percent(precision), percent(recall), percent(f1), String(actual)];
    console.log(agent.padEnd(16) + cells.map(cell).join(''));
  }
  console.log('\nconfusion matrix (rows: expected, columns: predicted)');
  console.log(`${''.padEnd(16)}${AGENT_IDS.map((agent) => cell(SHORT[agent])).join('')}`);
  for (const expected of AGENT_IDS) {
    const counts = AGENT_IDS.map(
      (predicted) =>
        results.filter((r) => r.agent === expected && r.prediction.agent === predicted).length,
    );
    console.log(expected.padEnd(16) + counts.map((count) => cell(String(count))).join(''));
  }
  const misses = results.filter((r) => !isCorrect(r));
  console.log(`\nmisclassified (${misses.length})`);
  for (const r of misses) {
    console.log(`  ${r.agent} → ${r.prediction.agent}: ${r.text}\n      ${explain(r.prediction)}`);
  }
  return results;
}

function calibration(title: string, results: Result[]): void {
  const scored = results.map(scoredOfResult);
  const confidence = (rows: Scored[]) => mean(rows.map((r) => r.confidence)).toFixed(3);
  console.log(`\n${title}`);
  console.log(`  mean confidence when correct: ${confidence(scored.filter((r) => r.correct))}`);
  console.log(`  mean confidence when wrong:   ${confidence(scored.filter((r) => !r.correct))}`);
  const shownAsCertain = scored.filter((r) => r.confidence >= 0.995).length;
  console.log(`  shown as 1.00: ${shownAsCertain} of ${scored.length}`);
  console.log(
    `  ${'confidence'.padEnd(14)}${['questions', 'accuracy', 'mean conf'].map(cell).join('')}`,
  );
  for (const bucket of reliability(scored)) {
    if (bucket.count === 0) continue;
    const label = `${bucket.low.toFixed(1)}–${bucket.high.toFixed(1)}`;
    const cells = [
      String(bucket.count),
      percent(bucket.accuracy),
      bucket.meanConfidence.toFixed(3),
    ];
    console.log(`  ${label.padEnd(14)}${cells.map(cell).join('')}`);
  }
  console.log(`  expected calibration error: ${expectedCalibrationError(scored).toFixed(3)}`);
}

function scoredOf(rows: LabeledQuestion[], model: Classifier): Scored[] {
  return rows.map((row) => scoredOfResult({ ...row, prediction: model.predict(row.text) }));
}

function scoredOfResult(r: Result): Scored {
  return { confidence: r.prediction.confidence, correct: isCorrect(r) };
}

function isCorrect(r: Result): boolean {
  return r.agent === r.prediction.agent;
}

function accuracyOf(scored: Scored[]): number {
  return scored.filter((r) => r.correct).length / (scored.length || 1);
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
