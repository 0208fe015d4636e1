// A counter of writes this process has answered, so a cached read can tell that the data may
// have changed since it was computed. Another instance's writes do not move it: whatever is
// cached on it must also expire on its own (see stats.service.ts).
let writes = 0;

/** Called once a request that can change data has succeeded. */
export function recordWrite(): void {
  writes++;
}

export function writeCount(): number {
  return writes;
}
