// The offline engine's answer. Without a model it answers from what it has, best first: the
// user's own bank notes, then the starter pack's answer to the closest question (with the
// estimates redone for the numbers the question states), or else the routed agent's playbook
// for the question's kind. A follow-up in a conversation is answered as a follow-up: from the
// pack's answer to that follow-up, or from the playbook sections it is about, without
// repeating the first answer.
import type { PackEntry } from '../../knowledge/starter-pack.js';
import { stems } from '../../knowledge/text.js';
import type { PlaybookSection } from '../playbook.js';
import type { AnswerInput, BankReference } from '../types.js';
import { estimateLines } from './estimates.js';

const NOTES_LIMIT = 1_200;

/**
 * The heading where the answer proper begins, after the engine's banner and the user's own
 * notes. Saving an answer to the bank keeps only what follows it.
 */
export const ANSWER_HEADING = '## Answer';

/** Where the answer proper starts in an answer this engine wrote (0 when it has no banner). */
export function answerOffset(text: string): number {
  const at = text.indexOf(`\n${ANSWER_HEADING}`);
  return at < 0 ? 0 : at + 1;
}

function intro(input: AnswerInput, source: string): string {
  const notes = input.references.length > 0 ? ' and your question-bank notes' : '';
  return `> **Offline answer** from ${source}${notes}, written without a language model. Set \`LLM_PROVIDER\` for an answer written for your exact question.`;
}

function list(label: string, items: string[] | null, ordered = false): string[] {
  if (!items?.length) return [];
  return [
    `**${label}:**`,
    ...items.map((item, i) => (ordered ? `${i + 1}. ${item}` : `- ${item}`)),
    '',
  ];
}

/** The user's own markdown, shortened, with its headings demoted below the answer's. */
function clip(text: string): string {
  const short =
    text.length <= NOTES_LIMIT
      ? text.trim()
      : `${text.slice(0, NOTES_LIMIT).replace(/\s+\S*$/, '')} ...`;
  let inFence = false;
  const lines = short.split('\n').map((line) => {
    if (/^\s*```/.test(line)) inFence = !inFence;
    return inFence ? line : line.replace(/^#{1,6}[ \t]+/, '#### ');
  });
  // A cut inside a code block would swallow the rest of the answer: close the fence.
  if (inFence) lines.push('```');
  return lines.join('\n');
}

function referenceBlock(ref: BankReference): string[] {
  return [
    `### Bank question #${ref.question_id}: ${ref.question_text}`,
    '',
    ...(ref.answer_summary ? [`**Summary:** ${ref.answer_summary}`, ''] : []),
    ...(ref.key_concepts?.length ? [`**Key concepts:** ${ref.key_concepts.join(', ')}`, ''] : []),
    ...list('Approach', ref.approach_steps, true),
    ...list('Common mistakes', ref.common_mistakes),
    ...list('Tips', ref.tips_and_tricks),
    ...(ref.answer_markdown_content
      ? ['**Your written answer:**', '', clip(ref.answer_markdown_content), '']
      : []),
  ];
}

/** Bank notes not already quoted earlier in the conversation. */
function notesBlock(input: AnswerInput): string[] {
  const said = input.history
    .filter((turn) => turn.role === 'assistant')
    .map((t) => t.content)
    .join('\n');
  const fresh = input.references.filter((r) => !said.includes(`Bank question #${r.question_id}:`));
  if (fresh.length === 0) return [];
  return ['## From your notes', '', ...fresh.flatMap(referenceBlock)];
}

/** A model answer's own scale bullet, with the indented lines that continue it. */
const SCALE_ASSUMPTION = /^- \*\*Scale assumption:\*\*[^\n]*\n(?:[ \t]+[^\n]*\n)*/m;

/**
 * Replaces a `### Estimates` section of a model answer with figures for the stated numbers,
 * and its scale assumption with a pointer to them: the pack's own figures beside the user's
 * would contradict them.
 */
function withEstimates(answer: string, lines: string[]): string {
  if (lines.length === 0) return answer;
  answer = answer.replace(
    SCALE_ASSUMPTION,
    '- **Scale assumption:** the numbers your question gives (estimates below).\n',
  );
  const block = ['### Estimates for your numbers', '', ...lines.map((l) => `- ${l}`), ''].join(
    '\n',
  );
  const section = /^### Estimates[^\n]*\n[\s\S]*?(?=^### |(?![\s\S]))/m;
  return section.test(answer) ? answer.replace(section, `${block}\n`) : `${block}\n${answer}`;
}

function packAnswer(input: AnswerInput, entry: PackEntry): string[] {
  const lines = [`${ANSWER_HEADING}: ${entry.question}`, ''];
  const own = stems(input.question);
  const theirs = stems(entry.question);
  const same = [...own].every((s) => theirs.has(s)) && [...theirs].every((s) => own.has(s));
  if (!same) {
    lines.push(
      `*The starter pack's closest question to yours. The approach carries over; check the details against your question.*`,
      '',
    );
  }
  if (entry.code && input.subject.language !== 'TypeScript') {
    lines.push(
      `*The tested solution below is in TypeScript; the same approach carries over to ${input.subject.language}.*`,
      '',
    );
  }
  const estimates =
    input.agent === 'system_design' || input.agent === 'architect'
      ? estimateLines(input.question)
      : [];
  lines.push(withEstimates(entry.answer.trim(), estimates), '');
  lines.push('### Key concepts', '', entry.key_concepts.join(' · '), '');
  lines.push('### Common mistakes', '', ...entry.mistakes.map((m) => `- ${m}`), '');
  return lines;
}

function sectionLines(input: AnswerInput, section: PlaybookSection, number?: number): string[] {
  const { subject } = input;
  const heading = `### ${number ? `${number}. ` : ''}${section.title(subject)}`;
  const estimates = section.estimates ? estimateLines(input.question) : [];
  const points =
    estimates.length > 0
      ? [...estimates, 'The figures not given in the question are assumptions: say so.']
      : section.outline(subject);
  return [
    heading,
    '',
    ...points.map((point) => `- ${point}`),
    ...(section.code ? ['', section.code(subject)] : []),
    '',
  ];
}

function playbookAnswer(input: AnswerInput): string[] {
  return [
    ANSWER_HEADING,
    '',
    ...input.playbook.sections.flatMap((section, i) => sectionLines(input, section, i + 1)),
  ];
}

function relatedBlock(entries: PackEntry[]): string[] {
  if (entries.length === 0) return [];
  return [
    '### Related questions in the starter pack',
    '',
    ...entries.map((entry) => `- ${entry.question}`),
    '',
  ];
}

/** Share of the words of `a` that `b` also uses. */
function overlap(a: string, b: string): number {
  const left = stems(a);
  const right = stems(b);
  if (left.size === 0) return 0;
  return [...left].filter((s) => right.has(s)).length / left.size;
}

// What a follow-up is usually about, and the words of the section that answers it.
const FOLLOW_UP_TOPICS: [RegExp, RegExp][] = [
  [/\b(scale|spike|traffic|load|10x|grow|million|peak|throughput)/i, /scal|estimat|capacity/i],
  [
    /\b(fail|outage|down|crash|recover|disaster|region|resilien)/i,
    /failure|trade-off|risk|reliab/i,
  ],
  [/\b(test|verify|edge case|bug)/i, /test|edge case/i],
  [/\b(measure|metric|success|kpi)/i, /metric|success|measure/i],
  [/\b(memory|space|faster|complexit|optimi[sz])/i, /approach|code|complexit/i],
  [/\b(data|store|database|schema|model)/i, /data|storage/i],
  [/\b(secur|auth|privacy|abuse)/i, /secur|risk/i],
  [/\b(cost|cheap|budget)/i, /cost|trade-off/i],
  [/\b(differently|learn|again|react|feel)/i, /learn|result/i],
];

/** The playbook sections a follow-up is about: shared words first, then the topic table. */
function sectionsFor(input: AnswerInput): PlaybookSection[] {
  const { playbook, subject, question } = input;
  const scored = playbook.sections
    .map((section) => ({
      section,
      score: overlap(`${section.title(subject)} ${section.guidance}`, question),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.section);
  for (const [asks, answers] of FOLLOW_UP_TOPICS) {
    if (!asks.test(question)) continue;
    for (const section of playbook.sections) {
      if (
        answers.test(`${section.title(subject)} ${section.guidance}`) &&
        !scored.includes(section)
      )
        scored.push(section);
    }
  }
  return scored.slice(0, 2);
}

function followUpAnswer(input: AnswerInput): string[] {
  const { pack, question, rootQuestion } = input;
  const root = pack.root;
  const match = root?.follow_ups
    .map((f) => ({
      f,
      score: Math.max(overlap(f.question, question), overlap(question, f.question)),
    }))
    .sort((a, b) => b.score - a.score)[0];
  const lines = [`${ANSWER_HEADING}: ${question.trim()}`, ''];
  if (root && match && match.score >= 0.6) {
    lines.push(`Building on the answer to "${root.question}":`, '', match.f.answer.trim(), '');
    return lines;
  }
  if (pack.close && pack.close !== root) return packAnswer(input, pack.close);
  const sections = sectionsFor(input);
  lines.push(`Building on the earlier answer about ${input.subject.topic}:`, '');
  if (sections.length === 0) {
    lines.push(
      '- Restate what the follow-up changes: a new constraint, a bigger number, a failure, a different user.',
      '- Say which part of your first answer it affects, and change only that part.',
      '- Name the trade-off the change forces, and what you would measure to know it worked.',
      '',
    );
  } else {
    for (const section of sections) lines.push(...sectionLines(input, section));
  }
  if (rootQuestion && root) lines.push(...relatedBlock([root]));
  return lines;
}

export function composeOfflineAnswer(input: AnswerInput): string {
  const { pack } = input;
  const followUp = input.rootQuestion !== undefined;
  const fromPack = followUp ? (pack.root ?? pack.close) : pack.close;
  const lines: string[] = [
    intro(input, fromPack ? 'the starter pack' : `the ${input.agentName} playbook`),
    '',
  ];
  if (input.context && !followUp) {
    lines.push(`*Your context: ${input.context.replace(/\s+/g, ' ').trim()}*`, '');
  }
  lines.push(...notesBlock(input));
  if (followUp) {
    lines.push(...followUpAnswer(input));
  } else if (pack.close) {
    lines.push(...packAnswer(input, pack.close), ...relatedBlock(pack.related));
  } else {
    lines.push(...playbookAnswer(input), ...relatedBlock(pack.related));
  }
  return `${lines.join('\n').trim()}\n`;
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A question a reader would accept: one sentence ending in "?", no word pasted in twice. */
export function isWellFormed(question: string): boolean {
  const words = normalise(question).split(' ');
  for (let i = 0; i + 3 < words.length; i++) {
    const phrase = words.slice(i, i + 2).join(' ');
    if (
      words
        .slice(i + 2)
        .join(' ')
        .includes(phrase) &&
      phrase.length > 6
    )
      return false;
  }
  return /\?$/.test(question.trim()) && question.length <= 240 && !/\{|\}|undefined/.test(question);
}

/**
 * Three follow-ups about the answer just given: the user's own for their closest bank question,
 * the pack's for the question (or for the conversation's first question), the rest of the
 * bank's, then the playbook's; never one already asked in the conversation.
 */
export function offlineFollowUps(input: AnswerInput): string[] {
  const asked = new Set(
    [input.question, ...input.history.filter((t) => t.role === 'user').map((t) => t.content)].map(
      normalise,
    ),
  );
  const picked: string[] = [];
  const add = (question: string | undefined) => {
    if (!question || picked.length >= 3) return;
    const key = normalise(question);
    if (asked.has(key) || picked.some((p) => normalise(p) === key) || !isWellFormed(question))
      return;
    picked.push(question.trim());
  };
  const { close, root } = input.pack;
  // The user's own follow-up for their closest bank question leads: their notes come first.
  add(input.references[0]?.follow_up_questions?.[0]);
  for (const entry of [close, root]) for (const f of entry?.follow_ups ?? []) add(f.question);
  for (const ref of input.references) for (const q of ref.follow_up_questions ?? []) add(q);
  for (const q of input.playbook.followUps(input.subject)) add(q);
  for (const q of GENERAL_FOLLOW_UPS[input.agent]) add(q);
  // The contract promises three. When a conversation has used up the rest (its subject is
  // not quotable, it already asked the general ones), repeating a general one beats fewer.
  for (const q of GENERAL_FOLLOW_UPS[input.agent]) {
    if (picked.length < 3 && !picked.includes(q)) picked.push(q);
  }
  return picked;
}

// Always well-formed, whatever the subject: the last resort when the others ran out.
const GENERAL_FOLLOW_UPS: Record<AnswerInput['agent'], string[]> = {
  system_design: [
    'Which part of this design fails first as traffic grows tenfold, and what would you change?',
    'What happens to users when one of the data stores is unavailable for ten minutes?',
    'What would you leave out of a first version that has to ship in a month?',
  ],
  architect: [
    'What would make you revisit this decision in a year?',
    'How would you roll this change out without downtime?',
    'Which risk in this plan worries you most, and how would you reduce it?',
  ],
  coding: [
    'What is the time and space complexity, and can either be improved?',
    'Which edge cases would you test first, and why?',
    'How would the solution change if the input were too large for memory?',
  ],
  technical: [
    'Where have you seen this go wrong in a real system?',
    'How would you explain the trade-off to a non-engineer?',
    'What would you measure to check it is working as intended?',
  ],
  behavioral: [
    'What would you do differently if it happened again?',
    'How did the people involved react, and how did you respond?',
    'What did you learn, and where have you used it since?',
  ],
  product_manager: [
    'Which metric would tell you within a month that this is working?',
    'What would you cut if you had half the team?',
    'How would you convince a stakeholder who disagrees?',
  ],
};

/** Small chunks of a few words, whitespace kept, so that joined they equal the text. */
export function* chunkWords(text: string, wordsPerChunk = 4): Generator<string> {
  const tokens = text.match(/\s*\S+\s*/g) ?? [];
  for (let i = 0; i < tokens.length; i += wordsPerChunk) {
    yield tokens.slice(i, i + wordsPerChunk).join('');
  }
}
