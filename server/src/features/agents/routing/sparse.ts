// The few vector operations the softmax classifier needs, over sparse feature vectors and a dense
// feature-major weight matrix (`weights[feature * classes + k]`).

export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/** Keeps only features the model knows; `vocabulary` maps feature name → column. */
export function toSparse(
  features: ReadonlyMap<string, number>,
  vocabulary: ReadonlyMap<string, number>,
): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  for (const [name, value] of features) {
    const index = vocabulary.get(name);
    if (index === undefined) continue;
    indices.push(index);
    values.push(value);
  }
  return { indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

/** a + factor · b. Repeated indices are fine: `logits` sums over entries. */
export function addScaled(a: SparseVector, b: SparseVector, factor: number): SparseVector {
  return {
    indices: Int32Array.from([...a.indices, ...b.indices]),
    values: Float64Array.from([...a.values, ...Array.from(b.values, (value) => value * factor)]),
  };
}

/** bias + scale · (x · weights), one score per class. */
export function logits(
  x: SparseVector,
  weights: Float64Array,
  bias: Float64Array,
  scale = 1,
): number[] {
  const classes = bias.length;
  const z = Array.from(bias);
  for (let j = 0; j < x.indices.length; j++) {
    const offset = (x.indices[j] ?? 0) * classes;
    const value = (x.values[j] ?? 0) * scale;
    for (let k = 0; k < classes; k++) z[k] = (z[k] ?? 0) + value * (weights[offset + k] ?? 0);
  }
  return z;
}

export function softmax(z: readonly number[], temperature = 1): number[] {
  const max = Math.max(...z);
  const exp = z.map((value) => Math.exp((value - max) / temperature));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((value) => value / sum);
}
