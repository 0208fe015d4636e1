/** k-th largest element (1-based) by quickselect with a random pivot. O(n) average time. */
export function findKthLargest(nums: number[], k: number): number {
  if (k < 1 || k > nums.length) throw new RangeError(`k must be in 1..${nums.length}`);
  const a = [...nums]; // quickselect reorders the array; leave the caller's copy alone
  const target = a.length - k; // position of the answer in ascending order
  let lo = 0;
  let hi = a.length - 1;
  for (;;) {
    // A random pivot makes the O(n^2) worst case vanishingly unlikely on any fixed input.
    const pivot = a[lo + Math.floor(Math.random() * (hi - lo + 1))] as number;
    // Three-way partition of a[lo..hi] into < pivot | == pivot | > pivot, so duplicates are cheap.
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const x = a[i] as number;
      if (x < pivot) swap(a, lt++, i++);
      else if (x > pivot) swap(a, i, gt--);
      else i++;
    }
    if (target < lt)
      hi = lt - 1; // the answer is among the smaller values
    else if (target > gt)
      lo = gt + 1; // ... or among the larger ones
    else return pivot; // it falls inside the block equal to the pivot
  }
}

function swap(a: number[], i: number, j: number): void {
  [a[i], a[j]] = [a[j] as number, a[i] as number];
}
