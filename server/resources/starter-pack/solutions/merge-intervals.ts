type Interval = [start: number, end: number];

/** Merges overlapping (or touching) [start, end] intervals; the result is sorted by start. */
export function merge(intervals: Interval[]): Interval[] {
  // Sort a copy by start so overlapping intervals become neighbours.
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end); // overlap: extend; max handles an interval inside another
    } else {
      merged.push([start, end]); // gap: start a new interval (a fresh array, not the input's)
    }
  }
  return merged;
}
