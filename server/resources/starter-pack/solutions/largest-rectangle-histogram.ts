/** Area of the largest rectangle inside a histogram of bar heights. Monotonic stack, O(n). */
export function largestRectangleArea(heights: number[]): number {
  const stack: number[] = []; // indices of bars with increasing heights
  let best = 0;
  // One extra step with height 0 flushes every bar still on the stack.
  for (let i = 0; i <= heights.length; i++) {
    const h = i < heights.length ? (heights[i] as number) : 0;
    while (stack.length > 0 && (heights[stack[stack.length - 1] as number] as number) >= h) {
      const top = stack.pop() as number;
      const height = heights[top] as number;
      // The bar at top extends right up to i - 1 and left to just after the new stack top.
      const left = stack.length > 0 ? (stack[stack.length - 1] as number) + 1 : 0;
      best = Math.max(best, height * (i - left));
    }
    stack.push(i);
  }
  return best;
}
