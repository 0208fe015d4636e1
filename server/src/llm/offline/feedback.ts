// The offline review of a user's answer: which concepts it names (stemmed words of the concept
// or one of its variants, found together in one sentence of the answer), which common mistakes
// it makes, a score by the playbook's rubric, and a stronger answer built from the user's own
// right sentences and the bank's notes. Deterministic, and it says that it is offline.
import { stem, stems, words } from '../../knowledge/text.js';
import type { AnswerReview, FeedbackInput } from '../types.js';

export const OFFLINE_REVIEW_NOTE =
  'Offline review (no model configured): concepts were matched by their words in your answer, and the additions come from the notes in your question bank.';

/** The answer's sentences (and list items), trimmed, in order. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^[-*\d.)\s]+/, '').trim())
    .filter((s) => /[a-z0-9]/i.test(s));
}

/**
 * The ways a concept may be said: the whole phrase, the part before a parenthesis, each item
 * inside it, and each side of "and" / "vs" / "/" ("Strangler fig with a routing facade" is also
 * met by "strangler fig").
 */
export function conceptVariants(concept: string): string[] {
  const variants = new Set<string>([concept]);
  const paren = concept.match(/^(.*?)\(([^)]*)\)(.*)$/);
  if (paren) {
    variants.add(`${paren[1]} ${paren[3]}`);
    for (const item of (paren[2] as string).split(/,|;|\bor\b/)) variants.add(item);
  }
  for (const variant of [...variants]) {
    for (const side of variant.split(/\band\b|\bvs\.?|\bversus\b|\/|&|\bwith\b|:/i)) {
      variants.add(side);
    }
  }
  return [...variants].map((v) => v.trim()).filter((v) => words(v).length > 0);
}

/** How many of a variant's stems a sentence must hold: all of one or two, most of more. */
const needed = (n: number) => (n <= 2 ? n : Math.ceil(n * 0.6));

function covers(variant: string, sentenceStems: Set<string>): boolean {
  const wanted = [...stems(variant)];
  const hits = wanted.filter((s) => sentenceStems.has(s)).length;
  return wanted.length > 0 && hits >= needed(wanted.length);
}

/** The first sentence of the answer that names the concept, or undefined. */
export function coveringSentence(concept: string, sentences: string[]): string | undefined {
  const variants = conceptVariants(concept);
  // The whole phrase or a side of at least two words: a lone generic word ("data") is not enough
  // when the concept has more to say.
  const usable = variants.filter((v, i) => i === 0 || stems(v).size >= 2 || variants.length === 1);
  return sentences.find((sentence) => {
    const found = stems(sentence);
    return usable.some((variant) => covers(variant, found));
  });
}

const NEGATION = /\b(not|never|avoid|don't|do not|instead of|rather than|without)\b/i;

/** The part of a mistake that says what is done wrong, before "when"/"instead"/"which". */
function mistakeCore(mistake: string): string {
  return mistake.split(/\b(?:when|instead of|which|because|while|so that)\b|[,;—–]/i)[0] ?? mistake;
}

/** The sentence that makes the mistake: most of its core words, and not said as a warning. */
function makingSentence(mistake: string, sentences: string[]): string | undefined {
  const core = [...stems(mistakeCore(mistake))];
  if (core.length < 2) return undefined;
  return sentences.find((sentence) => {
    if (NEGATION.test(sentence)) return false;
    const found = stems(sentence);
    return core.filter((s) => found.has(s)).length >= Math.ceil(core.length * 0.6);
  });
}

/** A note's sentence that explains the concept, for the stronger answer. */
function explain(concept: string, notes: string[]): string | undefined {
  const noteSentences = notes.flatMap(sentencesOf).filter((s) => s.length <= 400);
  return coveringSentence(concept, noteSentences);
}

/** Does the answer follow the playbook's outline: words of at least half its section titles? */
function followsPlaybook(input: FeedbackInput, answerStems: Set<string>): boolean {
  const titles = input.playbook.sections.map((section) => section.title(input.subject));
  if (titles.length === 0) return false;
  const touched = titles.filter((title) =>
    words(title)
      .map(stem)
      .some((s) => answerStems.has(s) && !stems(input.subject.topic).has(s)),
  );
  return touched.length * 2 >= titles.length;
}

export function reviewOffline(input: FeedbackInput): AnswerReview {
  const sentences = sentencesOf(input.answer);
  const covered: AnswerReview['covered'] = [];
  const missed: AnswerReview['missed'] = [];
  for (const concept of input.concepts) {
    const sentence = coveringSentence(concept, sentences);
    if (sentence) covered.push({ concept, sentence });
    else {
      const note = explain(concept, input.notes);
      missed.push({
        concept,
        hint: note ? `Your notes say: ${note}` : `Name ${concept} and say how it applies here.`,
      });
    }
  }
  const mistakes = input.mistakes.flatMap((mistake) => {
    const sentence = makingSentence(mistake, sentences);
    return sentence ? [{ mistake, sentence }] : [];
  });

  // The rubric: coverage is worth up to 7 points, then depth, structure and a concrete example
  // one each; each mistake costs one.
  const total = input.concepts.length;
  const share = total === 0 ? 0 : covered.length / total;
  const answerWords = words(input.answer).length;
  const answerStems = stems(input.answer);
  const reasons: string[] = [
    `Covers ${covered.length} of ${total} key concepts (${Math.round(share * 7)} of 7 points)` +
      (missed.length > 0
        ? `; missing: ${missed
            .slice(0, 4)
            .map((m) => m.concept)
            .join(', ')}${missed.length > 4 ? '…' : ''}.`
        : '.'),
  ];
  let score = 1 + Math.round(share * 6);
  if (answerWords >= 60) {
    score += 1;
    reasons.push('Goes into depth (+1).');
  } else reasons.push(`Short: ${answerWords} content words; a full answer takes a few minutes.`);
  if (followsPlaybook(input, answerStems)) {
    score += 1;
    reasons.push(`Follows the ${input.agentName}'s outline (+1).`);
  } else {
    reasons.push(
      `Does not follow the ${input.agentName}'s outline: ${input.playbook.sections
        .map((s) => s.title(input.subject))
        .slice(0, 4)
        .join(' → ')}.`,
    );
  }
  if (/\d|for example|for instance|e\.g\.|when i |at my /i.test(input.answer)) {
    score += 1;
    reasons.push('Gives a concrete example or figure (+1).');
  } else reasons.push('No concrete example or figure.');
  if (mistakes.length > 0) {
    score -= mistakes.length;
    reasons.push(`Makes ${mistakes.length} common mistake(s) (−${mistakes.length}).`);
  }
  score = Math.max(1, Math.min(10, score));

  const kept = [...new Set(covered.map((c) => c.sentence))].filter(
    (sentence) => !mistakes.some((m) => m.sentence === sentence),
  );
  const added = missed.map((m) => {
    const note = explain(m.concept, input.notes);
    return note ?? `${m.concept}: say what it is and how it applies to ${input.subject.topic}.`;
  });
  const stronger = [
    `_${OFFLINE_REVIEW_NOTE}_`,
    '',
    ...(kept.length > 0 ? [kept.join(' ')] : []),
    ...(added.length > 0 ? ['', ...added.map((line) => `- ${line}`)] : []),
    ...(mistakes.length > 0 ? ['', ...mistakes.map((m) => `- Avoid this: ${m.mistake}`)] : []),
  ].join('\n');

  return {
    covered,
    missed,
    mistakes,
    score,
    score_reasons: reasons,
    stronger_answer: stronger,
  };
}
