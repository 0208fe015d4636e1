// Turns a question into weighted sparse features for the router's classifier. Word unigrams and
// bigrams carry the meaning and double as human-readable cues; character n-grams inside word
// boundaries make the model tolerant of typos ("desing", "explian") and inflections.

/** Feature name → count. Word features are prefixed `w:`, character n-grams `c:`. */
export type Features = Map<string, number>;

const WORD = 'w:';
const CHAR = 'c:';
const MIN_NGRAM = 3;
const MAX_NGRAM = 5;

// Function words: kept as features (phrasings like "tell me about" and "how would you" are
// telling) but never shown as cues, because they explain nothing to a reader.
const STOPWORDS = new Set(
  [
    'a about an and any are as at be been but by can could did do does for from had has have how',
    'i if im in into is it its me my of on or our so that the their them then there these they',
    'this to u was we were what whats when where which while who why will with would you your',
  ]
    .join(' ')
    .split(' '),
);

/** Lowercases, drops apostrophes ("what's" → "whats") and splits on anything not a letter or digit. */
export function words(text: string): string[] {
  const normalised = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/c\+\+/g, 'cpp')
    .replace(/c#/g, 'csharp')
    .replace(/['’]/g, '');
  return normalised.match(/[a-z0-9]+/g) ?? [];
}

/** Raw counts of every word unigram, word bigram and in-word character n-gram. */
export function countFeatures(text: string): Features {
  const tokens = words(text);
  const counts: Features = new Map();
  tokens.forEach((token, i) => {
    increment(counts, WORD + token);
    const next = tokens[i + 1];
    if (next !== undefined) increment(counts, `${WORD}${token} ${next}`);
    const padded = `<${token}>`;
    for (let n = MIN_NGRAM; n <= MAX_NGRAM; n++) {
      for (let start = 0; start + n <= padded.length; start++) {
        increment(counts, CHAR + padded.slice(start, start + n));
      }
    }
  });
  return counts;
}

export function isWordFeature(name: string): boolean {
  return name.startsWith(WORD);
}

/**
 * The readable phrase behind a word feature, or undefined for character n-grams and phrases
 * that would read badly as an explanation ("me about", "design a", "10", "b").
 */
export function cueText(feature: string): string | undefined {
  if (!feature.startsWith(WORD)) return undefined;
  const phrase = feature.slice(WORD.length);
  const parts = phrase.split(' ');
  const unreadable = (part: string) => STOPWORDS.has(part) || part.length < 2 || /^\d+$/.test(part);
  if (parts.some(unreadable)) return undefined;
  return phrase;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
