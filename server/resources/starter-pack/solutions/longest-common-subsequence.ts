/** Length of the longest common subsequence of a and b. O(m * n) time, O(min(m, n)) space. */
export function longestCommonSubsequence(a: string, b: string): number {
  if (b.length > a.length) return longestCommonSubsequence(b, a); // keep the row short
  // row[j] = LCS of the current prefix of a and b[0..j); one row is enough if we keep the diagonal.
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0; // value of row[j - 1] from the previous i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] =
        a[i - 1] === b[j - 1]
          ? diagonal + 1 // match: extend the LCS of both shorter prefixes
          : Math.max(above, row[j - 1] as number); // drop a character from one side
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
