/** All distinct triplets summing to zero, each sorted, listed in lexicographic order. O(n^2). */
export function threeSum(nums: number[]): number[][] {
  const a = [...nums].sort((x, y) => x - y); // copy: do not reorder the caller's array
  const result: number[][] = [];
  for (let i = 0; i < a.length - 2; i++) {
    const first = a[i] as number;
    if (first > 0) break; // three numbers >= a positive one cannot sum to zero
    if (i > 0 && first === a[i - 1]) continue; // same first value gives the same triplets
    let lo = i + 1;
    let hi = a.length - 1;
    while (lo < hi) {
      const sum = first + (a[lo] as number) + (a[hi] as number);
      if (sum < 0) lo++;
      else if (sum > 0) hi--;
      else {
        result.push([first, a[lo] as number, a[hi] as number]);
        lo++;
        hi--;
        while (lo < hi && a[lo] === a[lo - 1]) lo++; // skip duplicate second values
      }
    }
  }
  return result;
}
