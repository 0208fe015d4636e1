// The router's labeled questions live in one JSONL file shipped beside the server package, so
// the same path works from src/ under tsx and from dist/ after a build.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AgentId, isAgentId } from '../../../llm/agent-ids.js';

export interface DatasetRow {
  text: string;
  agent: AgentId;
  split: 'train' | 'test';
}

// src/features/agents/routing/ and dist/features/agents/routing/ are both four levels deep.
export const DATASET_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../resources/routing/questions.jsonl',
);

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

function isDatasetRow(row: unknown): row is DatasetRow {
  if (typeof row !== 'object' || row === null) return false;
  const { text, agent, split } = row as Record<string, unknown>;
  return (
    typeof text === 'string' &&
    text.trim() !== '' &&
    isAgentId(agent) &&
    (split === 'train' || split === 'test')
  );
}
