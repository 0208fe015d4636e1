// Turns an answer request into the system prompt and messages a model sees: the agent's
// playbook as instructions, the user's bank notes as reference, then history and question.
import type { ModelMessage } from 'ai';
import type { AnswerInput, ChatTurn } from './types.js';

/** Roughly 4k tokens of earlier conversation; older turns are dropped first. */
export const HISTORY_BUDGET_CHARS = 16_000;

export function trimHistory(turns: ChatTurn[], budget = HISTORY_BUDGET_CHARS): ChatTurn[] {
  const kept: ChatTurn[] = [];
  let used = 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i] as ChatTurn;
    used += turn.content.length;
    if (used > budget) break;
    kept.unshift(turn);
  }
  // A conversation the model sees should not open with its own reply.
  while (kept[0]?.role === 'assistant') kept.shift();
  return kept;
}

export function buildSystemPrompt(input: AnswerInput): string {
  const { playbook, subject, references } = input;
  const sections = playbook.sections
    .map((s, i) => `${i + 1}. ${s.title(subject)}: ${s.guidance}`)
    .join('\n');
  const parts = [
    playbook.stance,
    `Structure the answer in Markdown with these sections as headings, in this order:\n${sections}`,
    'Be concrete and specific to the question; no filler, no apologies, no closing summary of what you just said.',
  ];
  if (references.length > 0) {
    const notes = references
      .map((r) => {
        const lines = [`- Bank question #${r.question_id}: ${r.question_text}`];
        if (r.answer_summary) lines.push(`  Summary: ${r.answer_summary}`);
        if (r.key_concepts?.length) lines.push(`  Key concepts: ${r.key_concepts.join(', ')}`);
        if (r.approach_steps?.length) lines.push(`  Approach: ${r.approach_steps.join(' / ')}`);
        if (r.common_mistakes?.length)
          lines.push(`  Common mistakes: ${r.common_mistakes.join('; ')}`);
        if (r.tips_and_tricks?.length) lines.push(`  Tips: ${r.tips_and_tricks.join('; ')}`);
        return lines.join('\n');
      })
      .join('\n');
    parts.push(
      `The candidate's own notes on similar questions from their question bank. Use what is relevant and cite it as (bank #id):\n${notes}`,
    );
  }
  const entry = input.pack.close ?? input.pack.root;
  if (entry) {
    parts.push(
      [
        `Reference notes from the starter knowledge pack for a close question ("${entry.question}"). Use what fits the candidate's question; do not mention the pack:`,
        `Summary: ${entry.summary}`,
        `Key concepts: ${entry.key_concepts.join(', ')}`,
        `Approach: ${entry.approach.join(' / ')}`,
        `Common mistakes: ${entry.mistakes.join('; ')}`,
      ].join('\n'),
    );
  }
  return parts.join('\n\n');
}

export function buildMessages(input: AnswerInput): ModelMessage[] {
  const question = input.context
    ? `${input.question}\n\nContext about me: ${input.context}`
    : input.question;
  return [
    ...input.history.map((t) => ({ role: t.role, content: t.content })),
    { role: 'user', content: question },
  ];
}
