type Interval = [start: number, end: number];

/** Minimum rooms so that no two [start, end) meetings in one room overlap. O(n log n). */
export function minMeetingRooms(intervals: Interval[]): number {
  const starts = intervals.map(([start]) => start).sort((a, b) => a - b);
  const ends = intervals.map(([, end]) => end).sort((a, b) => a - b);
  let rooms = 0;
  let busiest = 0;
  let e = 0;
  // Sweep start times in order; a meeting that has ended by now frees its room first.
  for (const start of starts) {
    while (e < ends.length && (ends[e] as number) <= start) {
      rooms--; // end <= start: half-open intervals, so a room freed at 10 can host a 10 o'clock
      e++;
    }
    rooms++;
    busiest = Math.max(busiest, rooms);
  }
  return busiest;
}
