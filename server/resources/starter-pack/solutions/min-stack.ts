/** A stack that also reports its minimum in O(1); top and getMin return undefined when empty. */
export class MinStack {
  // Each entry remembers the minimum of the stack up to and including itself.
  private readonly entries: { value: number; min: number }[] = [];

  push(value: number): void {
    const below = this.entries[this.entries.length - 1];
    this.entries.push({ value, min: below ? Math.min(below.min, value) : value });
  }

  pop(): void {
    this.entries.pop(); // the minimum below is restored for free
  }

  top(): number | undefined {
    return this.entries[this.entries.length - 1]?.value;
  }

  getMin(): number | undefined {
    return this.entries[this.entries.length - 1]?.min;
  }
}
