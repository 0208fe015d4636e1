// The offline engine's answer: the routed agent's playbook written out for the subject of the
// question, with the user's own bank notes on similar questions, each cited by id.
import type { AnswerInput, BankReference } from '../types.js';

const NOTES_LIMIT = 1_200;

export function offlineIntro(agentName: string): string {
  return `> **Structured outline** from the ${agentName} playbook and your own question-bank notes. It was written offline, without a language model; configure \`LLM_PROVIDER\` for a full written answer.`;
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

export function composeOfflineAnswer(input: AnswerInput): string {
  const { playbook, subject, references, context } = input;
  const lines: string[] = [offlineIntro(input.agentName), ''];
  if (context)
    lines.push(`Tailored to your context: *${context.replace(/\s+/g, ' ').trim()}*.`, '');
  if (references.length > 0) {
    lines.push('## From your question bank', '');
    for (const ref of references) lines.push(...referenceBlock(ref));
  } else {
    lines.push(
      '*No similar question is in your question bank yet. Save this one with your own notes and the next answer will use them.*',
      '',
    );
  }
  playbook.sections.forEach((section, i) => {
    lines.push(`## ${i + 1}. ${section.title(subject)}`, '');
    for (const point of section.outline(subject)) lines.push(`- ${point}`);
    lines.push('');
  });
  return `${lines.join('\n').trim()}\n`;
}

/** Three follow-ups: the bank's own follow-ups for matched questions first, then the playbook's. */
export function offlineFollowUps(input: AnswerInput): string[] {
  const seen = new Set<string>();
  const picked: string[] = [];
  const add = (q: string) => {
    const key = q.trim().toLowerCase();
    if (key.length < 5 || seen.has(key) || key === input.question.trim().toLowerCase()) return;
    seen.add(key);
    picked.push(q.trim());
  };
  for (const ref of input.references) {
    const first = ref.follow_up_questions?.[0];
    if (first && picked.length < 2) add(first);
  }
  for (const q of input.playbook.followUps(input.subject)) add(q);
  return picked.slice(0, 3);
}

/** Small chunks of a few words, whitespace kept, so that joined they equal the text. */
export function* chunkWords(text: string, wordsPerChunk = 4): Generator<string> {
  const tokens = text.match(/\s*\S+\s*/g) ?? [];
  for (let i = 0; i < tokens.length; i += wordsPerChunk) {
    yield tokens.slice(i, i + wordsPerChunk).join('');
  }
}
