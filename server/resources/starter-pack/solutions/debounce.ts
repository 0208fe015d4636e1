/** Delays fn until waitMs have passed without another call; the last call's arguments win. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  waitMs: number,
): ((...args: A) => void) & { cancel(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingArgs: A | undefined;
  const run = () => {
    const args = pendingArgs;
    timer = undefined;
    pendingArgs = undefined;
    if (args) fn(...args);
  };
  const debounced = (...args: A) => {
    pendingArgs = args; // only the latest arguments are kept
    if (timer !== undefined) clearTimeout(timer); // every call restarts the quiet period
    timer = setTimeout(run, waitMs);
  };
  return Object.assign(debounced, {
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pendingArgs = undefined;
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      run(); // fire now instead of waiting
    },
  });
}

/**
 * The same trailing-edge rule as a pure function, for reasoning and tests: given call times in
 * non-decreasing order, returns [fireTime, indexOfCallWhoseArgumentsAreUsed] for each firing.
 */
export function debounceSchedule(callTimes: number[], waitMs: number): [number, number][] {
  const fires: [number, number][] = [];
  let pending: [number, number] | undefined; // [fireTime, callIndex] of the armed timer
  callTimes.forEach((t, i) => {
    // A call at or after the pending fire time comes too late to cancel it.
    if (pending && t >= pending[0]) fires.push(pending);
    pending = [t + waitMs, i]; // any earlier pending timer is replaced
  });
  if (pending) fires.push(pending);
  return fires;
}
