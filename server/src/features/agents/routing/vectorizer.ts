// Turns questions into tf-idf weighted sparse vectors. Each feature string is looked up once, when
// the question is counted; everything after that (document frequency, idf, weighting,
// normalising) runs on typed arrays, which keeps training fast.
import { type SparseVector, toSparse } from './sparse.js';
import { countFeatures, isWordFeature } from './tokenizer.js';

export interface Vectorizer {
  /** Number of distinct features seen in training; vector indices are below it. */
  size: number;
  /** Features never seen in training are dropped before normalising, so typos don't dilute. */
  vectorize(text: string): SparseVector;
  featureName(index: number): string;
}

/** Learns vocabulary and idf from the training texts, returning their vectors alongside. */
export function fitVectorizer(texts: readonly string[]): {
  vectorizer: Vectorizer;
  vectors: SparseVector[];
} {
  const vocabulary = new Map<string, number>();
  const names: string[] = [];
  const counted = texts.map((text) => {
    const counts = countFeatures(text);
    for (const name of counts.keys()) {
      if (!vocabulary.has(name)) vocabulary.set(name, names.push(name) - 1);
    }
    return toSparse(counts, vocabulary);
  });

  // Smoothed inverse document frequency: rare, telling features outweigh ones every question has.
  const documentFrequency = new Float64Array(names.length);
  for (const { indices } of counted) {
    for (const index of indices) documentFrequency[index] = (documentFrequency[index] ?? 0) + 1;
  }
  const idf = documentFrequency.map((df) => 1 + Math.log((1 + texts.length) / (1 + df)));
  const isWord = Uint8Array.from(names, (name) => (isWordFeature(name) ? 1 : 0));
  const weigh = (counts: SparseVector) => tfidf(counts, idf, isWord);

  return {
    vectorizer: {
      size: names.length,
      vectorize: (text) => weigh(toSparse(countFeatures(text), vocabulary)),
      featureName: (index) => names[index] ?? '',
    },
    vectors: counted.map(weigh),
  };
}

// Sublinear tf × idf, then unit length per group. Character n-grams outnumber word features about
// ten to one, so normalising the two groups separately keeps either from drowning the other, and
// long questions do not get louder.
function tfidf(counts: SparseVector, idf: Float64Array, isWord: Uint8Array): SparseVector {
  const { indices } = counts;
  const values = new Float64Array(indices.length);
  const sumOfSquares = [0, 0];
  for (let j = 0; j < indices.length; j++) {
    const index = indices[j] ?? 0;
    const weight = (1 + Math.log(counts.values[j] ?? 1)) * (idf[index] ?? 0);
    values[j] = weight;
    const group = isWord[index] ?? 0;
    sumOfSquares[group] = (sumOfSquares[group] ?? 0) + weight * weight;
  }
  for (let j = 0; j < indices.length; j++) {
    const norm = Math.sqrt(sumOfSquares[isWord[indices[j] ?? 0] ?? 0] ?? 1);
    values[j] = (values[j] ?? 0) / norm;
  }
  return { indices, values };
}
