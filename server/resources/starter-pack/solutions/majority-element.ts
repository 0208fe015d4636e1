/** The value occurring more than n/2 times (assumed to exist). Boyer-Moore voting, O(n), O(1). */
export function majorityElement(nums: number[]): number {
  let candidate = 0;
  let votes = 0;
  for (const x of nums) {
    if (votes === 0) candidate = x; // all earlier elements cancelled out in pairs
    votes += x === candidate ? 1 : -1; // a different value cancels one vote
  }
  return candidate;
}
