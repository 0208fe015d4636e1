/** For each day, how many days until a warmer one (0 if never). Monotonic stack, O(n). */
export function dailyTemperatures(temperatures: number[]): number[] {
  const wait = new Array<number>(temperatures.length).fill(0);
  const pending: number[] = []; // days still waiting, temperatures non-increasing bottom to top
  temperatures.forEach((t, day) => {
    // Today answers every pending day that is colder; the rest stay on the stack.
    while (
      pending.length > 0 &&
      (temperatures[pending[pending.length - 1] as number] as number) < t
    ) {
      const colder = pending.pop() as number;
      wait[colder] = day - colder;
    }
    pending.push(day);
  });
  return wait;
}
