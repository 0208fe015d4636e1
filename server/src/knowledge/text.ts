// Words as search and matching see them: lower-cased, stop words and question framing dropped,
// reduced to their Porter stem ("caching", "cached" and "cache" meet as "cach").
import { stemmer } from 'stemmer';

// Function words and the framing every interview question shares ("how would you explain...").
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers herself him himself his how i if in into is it its itself
  just let lets me more most my myself no nor not now of off on once only or other our ours
  ourselves out over own same she should so some such than that the their theirs them themselves
  then there these they this those through to too under until up very was we were what when
  where which while who whom why will with would you your yours yourself yourselves
  explain describe tell walk talk discuss give example please go through approach answer question
  questions think use used using get make way ways thing things one also like want need know
  s t d ll m re ve`.split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The words of a text, lower-cased, without stop words; numbers and tech tokens kept. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]/g) ?? []).filter(
    (word) => !STOP_WORDS.has(word),
  );
}

/** A word's stem, for matching across inflections. */
export const stem = (word: string): string => stemmer(word);

/** The distinct stems of a text's content words. */
export function stems(text: string): Set<string> {
  return new Set(words(text).map(stem));
}

// Words that say how big, not what ("50k requests per second", "10M daily users"), and the
// framing of a design question ("design a system for"). They are
// left out of a search when the question has enough other words, so a rate limiter "at 50k
// requests per second" finds the rate limiter, not every entry that mentions requests per second.
const LOAD_WORDS = new Set(
  `request requests second seconds sec minute minutes hour hours day days daily week weekly month
  monthly year yearly per million millions billion billions thousand users user active dau mau
  qps rps tps handle handles handling support supports supporting serve serves serving scale
  traffic peak load throughput design designing build building implement create develop system
  systems service services app application platform estimate estimation number many much size
  total python java javascript typescript js ts golang go rust kotlin swift ruby c++ c# cpp csharp
  language`.split(/\s+/),
);

/** The words of a question that say what it is about: numbers and load words dropped. */
export function topicWords(text: string): string[] {
  const all = words(text);
  const topical = all.filter((word) => !/\d/.test(word) && !LOAD_WORDS.has(word));
  return topical.length >= 1 ? topical : all.filter((word) => !/^\d+$/.test(word));
}
