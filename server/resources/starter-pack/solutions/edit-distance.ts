/** Minimum insertions, deletions and substitutions turning a into b (Levenshtein). O(m * n). */
export function minDistance(a: string, b: string): number {
  // row[j] = distance between the current prefix of a and b[0..j); starts as "insert j chars".
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number; // distance(a[0..i-1), b[0..j-1)) for j = 1
    row[0] = i; // deleting all i characters of a
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] =
        a[i - 1] === b[j - 1]
          ? diagonal // last characters match: no edit needed for them
          : 1 +
            Math.min(
              diagonal, // substitute a[i-1] by b[j-1]
              above, // delete a[i-1]
              row[j - 1] as number, // insert b[j-1]
            );
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
