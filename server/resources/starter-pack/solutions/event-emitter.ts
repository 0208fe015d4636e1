// The map erases per-event listener types; the public methods are what enforce them.
type Entry = { fn: unknown; once: boolean };

/** A minimal typed event emitter: on/once return an unsubscribe function; emit snapshots listeners. */
export class EventEmitter<Events extends Record<string, unknown[]> = Record<string, unknown[]>> {
  private readonly listeners = new Map<keyof Events, Entry[]>();

  on<E extends keyof Events>(event: E, fn: (...args: Events[E]) => void): () => void {
    return this.add(event, fn, false);
  }

  once<E extends keyof Events>(event: E, fn: (...args: Events[E]) => void): () => void {
    return this.add(event, fn, true);
  }

  /** Removes the earliest registration of fn for event; does nothing if there is none. */
  off<E extends keyof Events>(event: E, fn: (...args: Events[E]) => void): void {
    const list = this.listeners.get(event);
    const entry = list?.find((candidate) => candidate.fn === fn);
    if (entry) this.remove(event, entry);
  }

  /** Calls the listeners registered when the emit started, in order; false if there were none. */
  emit<E extends keyof Events>(event: E, ...args: Events[E]): boolean {
    const list = this.listeners.get(event);
    if (!list || list.length === 0) return false;
    // Snapshot: listeners added or removed by a listener take effect from the next emit.
    for (const entry of [...list]) {
      if (entry.once) this.remove(event, entry); // before calling, so a re-entrant emit skips it
      (entry.fn as (...a: Events[E]) => void)(...args);
    }
    return true;
  }

  listenerCount(event: keyof Events): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  private add(event: keyof Events, fn: unknown, once: boolean): () => void {
    const entry: Entry = { fn, once }; // a distinct entry per registration, even for the same fn
    const list = this.listeners.get(event);
    if (list) list.push(entry);
    else this.listeners.set(event, [entry]);
    return () => this.remove(event, entry); // idempotent: removing twice is harmless
  }

  private remove(event: keyof Events, entry: Entry): void {
    const list = this.listeners.get(event);
    const i = list?.indexOf(entry) ?? -1;
    if (!list || i === -1) return;
    list.splice(i, 1);
    if (list.length === 0) this.listeners.delete(event); // do not leak empty event names
  }
}

/** Test harness: named listeners that log "name:args" so scenarios can drive the emitter. */ // test-only
// biome-ignore format: every harness line carries the marker that strips it from the answer // test-only
export class EmitterHarness { // test-only
  private readonly emitter = new EventEmitter(); // test-only
  private readonly named = new Map<string, (...args: unknown[]) => void>(); // test-only
  private readonly unsubscribers = new Map<string, () => void>(); // test-only
  private calls: string[] = []; // test-only
  on(event: string, name: string): void { this.unsubscribers.set(name, this.emitter.on(event, this.listener(name))); } // test-only
  once(event: string, name: string): void { this.unsubscribers.set(name, this.emitter.once(event, this.listener(name))); } // test-only
  off(event: string, name: string): void { this.emitter.off(event, this.listener(name)); } // test-only
  unsubscribe(name: string): void { this.unsubscribers.get(name)?.(); } // test-only
  emit(event: string, ...args: unknown[]): boolean { return this.emitter.emit(event, ...args); } // test-only
  listenerCount(event: string): number { return this.emitter.listenerCount(event); } // test-only
  log(): string[] { const out = this.calls; this.calls = []; return out; } // test-only
  private listener(name: string): (...args: unknown[]) => void { // test-only
    let fn = this.named.get(name); // test-only
    if (!fn) { fn = (...args: unknown[]) => { this.calls.push(`${name}:${args.join(',')}`); }; this.named.set(name, fn); } // test-only
    return fn; // test-only
  } // test-only
} // test-only
