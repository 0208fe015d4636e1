/** Token-bucket rate limiter: bursts up to capacity, refilled continuously at a fixed rate. */
export class TokenBucket {
  private readonly capacity: number;
  private readonly refillPerSecond: number;
  private readonly now: () => number;
  private tokens: number;
  private lastRefill: number;

  /** now (ms) is injected so tests control time; the default is a monotonic clock. */
  constructor(
    capacity: number,
    refillPerSecond: number,
    now: () => number = () => performance.now(),
  ) {
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.now = now;
    this.tokens = capacity; // start full, so an idle client may burst immediately
    this.lastRefill = now();
  }

  /** Takes cost tokens if available. O(1) time and memory, no timers. */
  tryRemove(cost = 1): boolean {
    this.refill();
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Tokens currently available (fractional while refilling). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** Milliseconds until cost tokens will be available: a Retry-After hint. */
  msUntilAvailable(cost = 1): number {
    if (cost > this.capacity) return Number.POSITIVE_INFINITY; // can never be satisfied
    this.refill();
    return Math.max(0, ((cost - this.tokens) * 1000) / this.refillPerSecond);
  }

  // Lazy refill: credit the time elapsed since the last call instead of running a timer.
  private refill(): void {
    const t = this.now();
    const elapsed = Math.max(0, t - this.lastRefill); // an injected clock may step backwards
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.refillPerSecond) / 1000);
    this.lastRefill = t;
  }
}

/** Test harness: a bucket on a manual clock that scenarios advance explicitly. */ // test-only
// biome-ignore format: every harness line carries the marker that strips it from the answer // test-only
export class ManualClockBucket { // test-only
  private time = 0; // test-only
  private readonly bucket: TokenBucket; // test-only
  constructor(capacity: number, refillPerSecond: number) { this.bucket = new TokenBucket(capacity, refillPerSecond, () => this.time); } // test-only
  advance(ms: number): void { this.time += ms; } // test-only
  tryRemove(cost?: number): boolean { return this.bucket.tryRemove(cost); } // test-only
  available(): number { return this.bucket.available(); } // test-only
  msUntilAvailable(cost?: number): number { return this.bucket.msUntilAvailable(cost); } // test-only
} // test-only
