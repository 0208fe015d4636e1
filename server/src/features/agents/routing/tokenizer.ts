// Turns a question into weighted sparse features for the router's classifier. Word unigrams and
// bigrams carry the meaning and double as human-readable cues; character n-grams inside word
// boundaries make the model tolerant of typos ("desing", "explian") and inflections.

/** Feature name → count. Word features are prefixed `w:`, character n-grams `c:`. */
export type Features = Map<string, number>;

const WORD = 'w:';
const CHAR = 'c:';
const MIN_NGRAM = 3;
const MAX_NGRAM = 5;

// Words kept as features (phrasings like "tell me about" and "how would you" are telling) but
// never shown as cues, because they explain nothing to a reader: function words, the framing of
// a question ("walk me through", "give an example"), and everyday words that turn up in every
// kind of question ("per", "week", "work", "happens").
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // function words
    'a about above after again against all also am an and any are as at be because been before',
    'being below between both but by can cannot could did do does doing done down during each',
    'either else even ever every few for from further had has have having he her here hers him',
    'his how i if im in into is isnt it its itself just let lets me might more most much must my',
    'no nor not now of off often on once one only or other our ours out over own per rather',
    'really same shall she should since so some such than that the their theirs them then there',
    'these they this those though through till to too under until up upon us very via was we',
    'were what whats when where whether which while who whom whose why will with within without',
    'would yet you youd youll your youre yours yourself',
    // framing: how a question is asked, not what it is about
    'answer approach ask asked asking brief briefly describe detail details discuss example',
    'examples explain give go going interview interviewer interviewing ok okay please prompt',
    'question questions quick quickly say share sure talk tell thanks think thought walk want',
    'wanted way ways handle handled handling deal dealt difference differences vs versus',
    'compare compared mean means meant',
    // everyday words every kind of question uses
    'able actually ago around back best better big biggest came come comes day days different',
    'etc everybody everyone first get gets getting goes gone good got happen happened happening',
    'happens help helped helps hour hours keep kind know last like little look looking lot lots',
    'made make makes making many month months need needs new next old people person problem',
    'problems put real right see seem set simple someone something start started stuff take',
    'takes thing things three time times today try trying two u use used uses using week weeks',
    'well went whole work worked working works year years yes',
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
    for (const feature of tokenFeatures(token)) increment(counts, feature);
    const next = tokens[i + 1];
    if (next !== undefined) increment(counts, bigramFeature(token, next));
  });
  return counts;
}

/** The features one word contributes on its own: the word, and its character n-grams. */
export function tokenFeatures(token: string): string[] {
  const features = [WORD + token];
  const padded = `<${token}>`;
  for (let n = MIN_NGRAM; n <= MAX_NGRAM; n++) {
    for (let start = 0; start + n <= padded.length; start++) {
      features.push(CHAR + padded.slice(start, start + n));
    }
  }
  return features;
}

export const bigramFeature = (first: string, second: string) => `${WORD}${first} ${second}`;

export function isWordFeature(name: string): boolean {
  return name.startsWith(WORD);
}

/**
 * The readable phrase behind a word feature, or undefined for character n-grams and phrases
 * that would read badly as an explanation ("me about", "design a", "100k", "b").
 */
export function cueText(feature: string): string | undefined {
  if (!feature.startsWith(WORD)) return undefined;
  const phrase = feature.slice(WORD.length);
  const parts = phrase.split(' ');
  // Numbers ("10", "100k", "5ms") speak to scale, not to what kind of question it is.
  const unreadable = (part: string) => STOP_WORDS.has(part) || part.length < 2 || /^\d/.test(part);
  if (parts.some(unreadable)) return undefined;
  return phrase;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
