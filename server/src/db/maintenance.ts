// The autovacuum PGlite does not have. PGlite runs PostgreSQL without its background workers,
// so nothing ever vacuums or analyzes the embedded database: pages are never marked
// all-visible, so every scan checks each row's visibility (counting 10,000 interviews took
// 120 ms, 20 ms once vacuumed), and the planner's statistics never follow the data. A `vacuum (analyze)` runs after enough writes, once the server has been quiet for a
// moment: PGlite shares the server's thread, so while it runs, requests wait.
// PostgreSQL's own autovacuum looks after a shared database; this is for PGlite only.

export interface MaintenanceOptions {
  /** Runs the maintenance (`vacuum (analyze)`). */
  maintain: () => Promise<void>;
  /** Writes this process has answered (write-clock.ts). */
  writes: () => number;
  log: {
    info(obj: object, msg: string): void;
    warn(obj: object, msg: string): void;
  };
  /** Writes since the last run that make another one due. */
  minWrites?: number;
  /** How long without a request before it may run. */
  quietMs?: number;
  /** How often to look. */
  checkEveryMs?: number;
}

export function scheduleMaintenance({
  maintain,
  writes,
  log,
  minWrites = 500,
  quietMs = 5_000,
  checkEveryMs = 30_000,
}: MaintenanceOptions) {
  let writesAtLastRun = writes();
  let lastRequestAt = 0;
  let running = false;

  async function runIfDue(now = performance.now()): Promise<boolean> {
    const pending = writes() - writesAtLastRun;
    if (running || pending < minWrites || now - lastRequestAt < quietMs) return false;
    running = true;
    const started = performance.now();
    const writesNow = writes();
    try {
      await maintain();
      writesAtLastRun = writesNow;
      log.info(
        { ms: Math.round(performance.now() - started), writes: pending },
        'vacuumed and analyzed the embedded database',
      );
      return true;
    } catch (error) {
      // Tried again at the next look; the data is unharmed, only slower to read.
      log.warn({ err: error }, 'maintenance of the embedded database failed');
      return false;
    } finally {
      running = false;
    }
  }

  const timer = setInterval(() => void runIfDue(), checkEveryMs);
  timer.unref();

  return {
    /** Called on every request: maintenance waits for a quiet moment. */
    noteRequest(now = performance.now()) {
      lastRequestAt = now;
    },
    runIfDue,
    stop() {
      clearInterval(timer);
    },
  };
}
