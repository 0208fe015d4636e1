/** Fewest time slots to run all tasks when equal tasks must be at least n slots apart. O(t). */
export function leastInterval(tasks: string[], n: number): number {
  const counts = new Map<string, number>();
  for (const task of tasks) counts.set(task, (counts.get(task) ?? 0) + 1);
  let maxCount = 0;
  let tasksWithMax = 0; // how many task types reach maxCount
  for (const c of counts.values()) {
    if (c > maxCount) {
      maxCount = c;
      tasksWithMax = 1;
    } else if (c === maxCount) {
      tasksWithMax++;
    }
  }
  // The most frequent task forces maxCount - 1 full frames of n + 1 slots, plus a last row
  // holding every task type that also reaches maxCount.
  const framed = (maxCount - 1) * (n + 1) + tasksWithMax;
  // If other tasks overflow the idle slots, no idling is needed at all.
  return Math.max(framed, tasks.length);
}
