// A playbook is how an agent shapes an answer: its sections in order. The same text drives
// the system prompt given to a model and the outline the offline engine writes.

/** What the question is about, pulled from its wording ("a URL shortening service"). */
export interface Subject {
  /** The thing asked about, without the question's framing. */
  topic: string;
  /** The question as asked. */
  question: string;
  /** For coding: the language asked for, or TypeScript. */
  language: string;
  /** For story questions ("a time you X"): X. */
  story?: string | undefined;
}

export interface PlaybookSection {
  /** Heading, e.g. `Capacity estimates for a URL shortening service`. */
  title(subject: Subject): string;
  /** What a model should cover in this section (goes into the system prompt). */
  guidance: string;
  /** The offline engine's outline for this section, written for the subject. */
  outline(subject: Subject): string[];
  /** Back-of-envelope figures: the offline engine uses the question's own numbers here. */
  estimates?: boolean;
  /** A code block the offline engine shows under the outline (a skeleton to complete). */
  code?(subject: Subject): string;
}

export interface Playbook {
  /** One paragraph on how this agent answers. */
  stance: string;
  sections: PlaybookSection[];
  /** Follow-ups an interviewer would plausibly ask next, for the subject. */
  followUps(subject: Subject): string[];
}

export const section = (
  title: (s: Subject) => string,
  guidance: string,
  outline: (s: Subject) => string[],
  extra: Pick<PlaybookSection, 'estimates' | 'code'> = {},
): PlaybookSection => ({ title, guidance, outline, ...extra });
