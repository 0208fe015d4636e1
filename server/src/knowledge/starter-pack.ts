// The starter knowledge pack: common interview questions written for this project, each with
// a summary, key concepts, approach, common mistakes, three follow-ups with their answers, and
// a model answer (with tested code for coding questions). The offline engine answers from it,
// the router learns from its questions, and users import it into their bank.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { AGENT_IDS, type AgentId } from '../llm/agent-ids.js';
import { type PackEntryData, PackEntryFile } from './pack-format.js';

/** A pack entry as the app uses it: the file's fields plus its agent and its inlined code. */
export interface PackEntry extends PackEntryData {
  agent: AgentId;
  /** The model answer with `{{solution}}` replaced by the solution's code block. */
  answer: string;
  /** The solution's source, for coding questions. */
  code?: string;
}

// src/knowledge/ and dist/knowledge/ are both two levels below the package root.
export const PACK_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../resources/starter-pack',
);

/** agent id → file name: `system_design` → `system-design.yaml`. */
export const packFileOf = (agent: AgentId) => `${agent.replaceAll('_', '-')}.yaml`;

const validate = new Ajv({ strict: false, allErrors: false }).compile(PackEntryFile);

/** The solution file's code, without the lines only the tests need (marked `// test-only`). */
function solutionCode(dir: string, file: string): string {
  return readFileSync(join(dir, 'solutions', file), 'utf8')
    .split('\n')
    .filter((line) => !line.includes('// test-only'))
    .join('\n')
    .trim();
}

/** Parses one agent's file, failing loudly with the entry and the rule it breaks. */
export function parsePackFile(text: string, agent: AgentId, dir = PACK_DIR): PackEntry[] {
  const source = packFileOf(agent);
  const raw: unknown = parse(text) ?? [];
  if (!Array.isArray(raw)) throw new Error(`${source}: expected a list of entries`);
  return raw.map((item, index) => {
    if (!validate(item)) {
      const error = validate.errors?.[0];
      const id = (item as { id?: unknown })?.id ?? `#${index + 1}`;
      throw new Error(
        `${source}: entry ${String(id)}: ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}`,
      );
    }
    const entry = item as PackEntryData;
    if (!entry.solution) return { ...entry, agent };
    if (!entry.answer.includes('{{solution}}')) {
      throw new Error(`${source}: entry ${entry.id}: a coding answer must place {{solution}}`);
    }
    const code = solutionCode(dir, entry.solution.file);
    return {
      ...entry,
      agent,
      code,
      answer: entry.answer.replace('{{solution}}', `\`\`\`ts\n${code}\n\`\`\``),
    };
  });
}

/** Every entry of every agent's file in `dir`; ids and questions must be unique. */
export function loadStarterPack(dir = PACK_DIR): PackEntry[] {
  const files = new Set(readdirSync(dir).filter((f) => f.endsWith('.yaml')));
  const entries: PackEntry[] = [];
  for (const agent of AGENT_IDS) {
    const file = packFileOf(agent);
    if (!files.has(file)) continue;
    entries.push(...parsePackFile(readFileSync(join(dir, file), 'utf8'), agent, dir));
  }
  const ids = new Set<string>();
  const questions = new Set<string>();
  for (const entry of entries) {
    const question = entry.question.trim().toLowerCase();
    if (ids.has(entry.id)) throw new Error(`starter pack: duplicate id ${entry.id}`);
    if (questions.has(question)) throw new Error(`starter pack: duplicate question in ${entry.id}`);
    ids.add(entry.id);
    questions.add(question);
  }
  return entries;
}

let cached: PackEntry[] | undefined;

/** The shipped pack, read once on first use. */
export function starterPack(): PackEntry[] {
  cached ??= loadStarterPack();
  return cached;
}

/** The `source` of a bank question imported from the starter pack. */
export const PACK_SOURCE = 'Starter pack';

/** The bank's version of an entry: its fields, and the follow-ups with their answers. */
export function packEntryQuestion(entry: PackEntry) {
  const followUps = entry.follow_ups
    .map((f) => `**${f.question}**\n\n${f.answer.trim()}`)
    .join('\n\n');
  return {
    question_text: entry.question,
    question_category: entry.category,
    question_difficulty: entry.difficulty,
    tags: entry.tags,
    answer_summary: entry.summary,
    key_concepts: entry.key_concepts,
    approach_steps: entry.approach,
    common_mistakes: entry.mistakes,
    follow_up_questions: entry.follow_ups.map((f) => f.question),
    answer_markdown_content: `${entry.answer.trim()}\n\n### Follow-up questions\n\n${followUps}\n`,
    source: PACK_SOURCE,
  };
}
