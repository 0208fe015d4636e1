/** Number of 1 bits of every integer from 0 to n. DP on the shifted value, O(n). */
export function countBits(n: number): number[] {
  const bits = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    // i >> 1 drops the lowest bit and is smaller than i, so its answer is already known.
    bits[i] = (bits[i >> 1] as number) + (i & 1);
  }
  return bits;
}
