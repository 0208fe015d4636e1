type Interval = [start: number, end: number];

/** Inserts an interval into sorted, non-overlapping intervals, merging where needed. O(n). */
export function insert(intervals: Interval[], newInterval: Interval): Interval[] {
  const at = (k: number) => intervals[k] as Interval;
  const result: Interval[] = [];
  let [start, end] = newInterval;
  let i = 0;
  // 1. Intervals that end before the new one starts are untouched.
  while (i < intervals.length && at(i)[1] < start) result.push([...at(i++)]);
  // 2. Intervals that start before the merged one ends overlap it: absorb them.
  while (i < intervals.length && at(i)[0] <= end) {
    start = Math.min(start, at(i)[0]);
    end = Math.max(end, at(i)[1]);
    i++;
  }
  result.push([start, end]);
  // 3. The rest start after the merged interval ends.
  while (i < intervals.length) result.push([...at(i++)]);
  return result;
}
