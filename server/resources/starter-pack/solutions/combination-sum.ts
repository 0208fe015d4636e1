/** All combinations of distinct positive candidates (reusable) summing to target, sorted. */
export function combinationSum(candidates: number[], target: number): number[][] {
  const sorted = [...candidates].sort((a, b) => a - b); // enables the early break below
  const result: number[][] = [];
  const current: number[] = [];
  const explore = (start: number, remaining: number): void => {
    if (remaining === 0) {
      result.push([...current]);
      return;
    }
    for (let i = start; i < sorted.length; i++) {
      const c = sorted[i] as number;
      if (c > remaining) break; // every later candidate is larger too
      current.push(c);
      explore(i, remaining - c); // i, not i + 1: the same candidate may be used again
      current.pop();
    }
  };
  explore(0, target);
  return result;
}
