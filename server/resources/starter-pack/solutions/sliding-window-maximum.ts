/** Maximum of every window of size k (1 <= k <= n), using a monotonic deque. O(n). */
export function maxSlidingWindow(nums: number[], k: number): number[] {
  // Indices whose values are strictly decreasing from head to tail; the head is the max.
  const deque: number[] = [];
  let head = 0; // array + head index gives O(1) pops from the front
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    const x = nums[i] as number;
    // A smaller element before x can never be a window max again while x is in the window.
    while (deque.length > head && (nums[deque[deque.length - 1] as number] as number) <= x) {
      deque.pop();
    }
    deque.push(i);
    if ((deque[head] as number) <= i - k) head++; // the max slid out of the window
    if (i >= k - 1) result.push(nums[deque[head] as number] as number);
  }
  return result;
}
