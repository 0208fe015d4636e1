/** Median of two sorted arrays in O(log(min(m, n))) by binary searching a partition. */
export function findMedianSortedArrays(a: number[], b: number[]): number {
  if (a.length > b.length) return findMedianSortedArrays(b, a); // search the shorter array
  const m = a.length;
  const n = b.length;
  if (m + n === 0) throw new RangeError('both arrays are empty');
  const half = Math.floor((m + n + 1) / 2); // size of the left part; it gets the odd element
  let lo = 0;
  let hi = m;
  while (lo <= hi) {
    const i = Math.floor((lo + hi) / 2); // elements of a in the left part
    const j = half - i; // elements of b in the left part
    // Missing neighbours act as -Infinity / +Infinity so the checks below stay uniform.
    const aLeft = a[i - 1] ?? Number.NEGATIVE_INFINITY;
    const aRight = a[i] ?? Number.POSITIVE_INFINITY;
    const bLeft = b[j - 1] ?? Number.NEGATIVE_INFINITY;
    const bRight = b[j] ?? Number.POSITIVE_INFINITY;
    if (aLeft <= bRight && bLeft <= aRight) {
      const leftMax = Math.max(aLeft, bLeft);
      if ((m + n) % 2 === 1) return leftMax;
      return (leftMax + Math.min(aRight, bRight)) / 2;
    }
    if (aLeft > bRight)
      hi = i - 1; // took too many from a
    else lo = i + 1; // took too few from a
  }
  throw new Error('inputs must be sorted');
}
