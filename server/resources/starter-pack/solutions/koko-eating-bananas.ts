/** Smallest integer eating speed that finishes all piles within h hours (h >= piles.length). */
export function minEatingSpeed(piles: number[], h: number): number {
  // Hours needed at a given speed; monotone non-increasing in speed, so we can binary search.
  const hoursAt = (speed: number) => piles.reduce((sum, p) => sum + Math.ceil(p / speed), 0);
  let lo = 1;
  let hi = piles.reduce((max, p) => Math.max(max, p), 1); // the biggest pile in one hour suffices
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hoursAt(mid) <= h)
      hi = mid; // fast enough: the answer is mid or slower
    else lo = mid + 1; // too slow: the answer is strictly faster
  }
  return lo;
}
