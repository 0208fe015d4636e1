// The router's labeled questions live in JSONL files shipped beside the server package, so the
// same paths work from src/ under tsx and from dist/ after a build: the dataset (train and test
// splits) and the unfamiliar set, held out for evaluation only.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AgentId, isAgentId } from '../../../llm/agent-ids.js';
import type { LabeledQuestion } from './classifier.js';

export interface DatasetRow {
  text: string;
  agent: AgentId;
  split: 'train' | 'test';
}

// src/features/agents/routing/ and dist/features/agents/routing/ are both four levels deep.
const RESOURCES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../resources/routing');
export const DATASET_PATH = resolve(RESOURCES, 'questions.jsonl');
/** Questions phrased unlike the dataset, never trained on: see resources/routing/README.md. */
export const UNFAMILIAR_PATH = resolve(RESOURCES, 'unfamiliar.jsonl');

export function loadDataset(path: string = DATASET_PATH): DatasetRow[] {
  return parseDataset(readFileSync(path, 'utf8'), path);
}

/** Parses JSONL, failing loudly on the first malformed line rather than training on junk. */
export function parseDataset(jsonl: string, source = 'dataset'): DatasetRow[] {
  const rows: DatasetRow[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const row: unknown = JSON.parse(line);
    if (!isDatasetRow(row)) {
      throw new Error(`${source}:${i + 1}: expected {"text", "agent", "split"}, got ${line}`);
    }
    rows.push({ text: row.text, agent: row.agent, split: row.split });
  });
  return rows;
}

export function loadUnfamiliar(path: string = UNFAMILIAR_PATH): LabeledQuestion[] {
  return parseUnfamiliar(readFileSync(path, 'utf8'), path);
}

export function parseUnfamiliar(jsonl: string, source = 'unfamiliar set'): LabeledQuestion[] {
  const rows: LabeledQuestion[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const row: unknown = JSON.parse(line);
    if (!isLabeled(row))
      throw new Error(`${source}:${i + 1}: expected {"text", "agent"}, got ${line}`);
    rows.push({ text: row.text, agent: row.agent });
  });
  return rows;
}

function isLabeled(row: unknown): row is LabeledQuestion {
  if (typeof row !== 'object' || row === null) return false;
  const { text, agent } = row as Record<string, unknown>;
  return typeof text === 'string' && text.trim() !== '' && isAgentId(agent);
}

function isDatasetRow(row: unknown): row is DatasetRow {
  if (typeof row !== 'object' || row === null) return false;
  const { split } = row as Record<string, unknown>;
  return isLabeled(row) && (split === 'train' || split === 'test');
}
