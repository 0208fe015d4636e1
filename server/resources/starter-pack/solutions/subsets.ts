/** Every subset of distinct numbers, in the order a depth-first backtracking search emits them. */
export function subsets(nums: number[]): number[][] {
  const result: number[][] = [];
  const current: number[] = [];
  const explore = (start: number): void => {
    result.push([...current]); // every node of the search tree is a subset: copy it
    for (let i = start; i < nums.length; i++) {
      current.push(nums[i] as number);
      explore(i + 1); // only later indices, so each subset is built exactly once
      current.pop(); // undo the choice before trying the next one
    }
  };
  explore(0);
  return result;
}
