// Turns questions into tf-idf weighted sparse vectors. Each text is counted once (`countTexts`),
// which is where feature strings are looked up; everything after that (document frequency, idf,
// weighting, normalising) runs on typed arrays, so refitting for each cross-validation fold is
// cheap.
import { type SparseVector, toSparse } from './sparse.js';
import { countFeatures, isWordFeature } from './tokenizer.js';

/** Texts counted over one shared vocabulary: the features of every text, indexed. */
export interface CountedTexts {
  names: readonly string[];
  vocabulary: ReadonlyMap<string, number>;
  /** Raw feature counts, one vector per text. */
  counts: readonly SparseVector[];
}

export interface Vectorizer {
  /** Number of features in the vocabulary; vector indices are below it. */
  size: number;
  /** Features the fitted texts never had are dropped before normalising, so typos don't dilute. */
  vectorize(text: string): SparseVector;
  /** The same for counts already taken over this vocabulary. */
  weigh(counts: SparseVector): SparseVector;
  featureName(index: number): string;
  /** The column of a feature, or undefined for one the fitted texts never had. */
  featureIndex(name: string): number | undefined;
}

export function countTexts(texts: readonly string[]): CountedTexts {
  const vocabulary = new Map<string, number>();
  const names: string[] = [];
  const counts = texts.map((text) => {
    const features = countFeatures(text);
    for (const name of features.keys()) {
      if (!vocabulary.has(name)) vocabulary.set(name, names.push(name) - 1);
    }
    return toSparse(features, vocabulary);
  });
  return { names, vocabulary, counts };
}

/**
 * Learns idf from the texts at `rows` (all of them by default). A feature none of those texts
 * has gets no weight, exactly as if it had never been seen: a cross-validation fold's model
 * knows nothing of its held-out questions.
 */
export function fitVectorizer(
  counted: CountedTexts,
  rows: readonly number[] = counted.counts.map((_, i) => i),
): Vectorizer {
  const { names, vocabulary, counts } = counted;
  // Smoothed inverse document frequency: rare, telling features outweigh ones every question has.
  const documentFrequency = new Float64Array(names.length);
  for (const row of rows) {
    for (const index of counts[row]?.indices ?? []) {
      documentFrequency[index] = (documentFrequency[index] ?? 0) + 1;
    }
  }
  const idf = documentFrequency.map((df) =>
    df === 0 ? 0 : 1 + Math.log((1 + rows.length) / (1 + df)),
  );
  const isWord = Uint8Array.from(names, (name) => (isWordFeature(name) ? 1 : 0));
  const weigh = (raw: SparseVector) => tfidf(raw, idf, isWord);
  return {
    size: names.length,
    vectorize: (text) => weigh(toSparse(countFeatures(text), vocabulary)),
    weigh,
    featureName: (index) => names[index] ?? '',
    featureIndex: (name) => {
      const index = vocabulary.get(name);
      return index !== undefined && idf[index] ? index : undefined;
    },
  };
}

// Sublinear tf × idf, then unit length per group. Character n-grams outnumber word features about
// ten to one, so normalising the two groups separately keeps either from drowning the other, and
// long questions do not get louder.
function tfidf(counts: SparseVector, idf: Float64Array, isWord: Uint8Array): SparseVector {
  let known = 0;
  for (const index of counts.indices) if (idf[index]) known++;
  const indices = new Int32Array(known);
  const values = new Float64Array(known);
  const sumOfSquares = [0, 0];
  let j = 0;
  counts.indices.forEach((index, i) => {
    const weight = (1 + Math.log(counts.values[i] ?? 1)) * (idf[index] ?? 0);
    if (weight === 0) return;
    indices[j] = index;
    values[j++] = weight;
    const group = isWord[index] ?? 0;
    sumOfSquares[group] = (sumOfSquares[group] ?? 0) + weight * weight;
  });
  const norms = sumOfSquares.map(Math.sqrt);
  for (let i = 0; i < known; i++) {
    values[i] = (values[i] ?? 0) / (norms[isWord[indices[i] ?? 0] ?? 0] ?? 1);
  }
  return { indices, values };
}
