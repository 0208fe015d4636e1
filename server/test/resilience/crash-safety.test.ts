// `kill -9` of a real server process in the middle of a burst of writes: every write it
// acknowledged (a 201 reached the client) is there after a restart on the same database, and
// the restarted server takes writes again. On PGlite the restart also clears the stale lock.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  killAll,
  onPostgres,
  type ServerProcess,
  startServer,
  type TestDatabase,
} from './child-server.js';

let database: TestDatabase | undefined;
afterEach(async () => {
  killAll();
  await database?.drop();
});

const WRITERS = 6;
const KILL_AFTER = 80;

/** Writers that post companies until the server goes away; returns the acknowledged ids. */
function burstOfWrites(server: ServerProcess, onAcknowledged: (count: number) => void) {
  const acknowledged = new Map<number, string>();
  let stopped = false;
  const writer = async (w: number) => {
    for (let i = 0; !stopped; i++) {
      const name = `Crash ${w}-${i}`;
      try {
        const response = await fetch(`${server.url}/api/companies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ company_name: name, company_description: 'x'.repeat(2000) }),
        });
        if (response.status !== 201) continue;
        const body = (await response.json()) as { company_id: number };
        acknowledged.set(body.company_id, name);
        onAcknowledged(acknowledged.size);
      } catch {
        // The server is gone: what it did not answer was never promised.
        return;
      }
    }
  };
  const done = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  return {
    acknowledged,
    done: async () => {
      await done;
      stopped = true;
    },
  };
}

describe(`crash safety (${onPostgres ? 'PostgreSQL' : 'PGlite data directory'})`, () => {
  it('keeps every acknowledged write after kill -9 during a burst of writes', async () => {
    database = await createTestDatabase();
    const first = await startServer(database.env);

    let killed = false;
    const burst = burstOfWrites(first, (count) => {
      if (count >= KILL_AFTER && !killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    });
    await burst.done();
    expect(await first.exited).toBeNull();
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(burst.acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);

    const second = await startServer(database.env);
    if (!onPostgres) expect(second.output()).toContain('cleared a stale lock');

    const missing: number[] = [];
    for (const [id, name] of burst.acknowledged) {
      const response = await fetch(`${second.url}/api/companies/${id}`);
      if (response.status !== 200) {
        missing.push(id);
        continue;
      }
      expect(((await response.json()) as { company_name: string }).company_name).toBe(name);
    }
    expect(missing).toEqual([]);

    const after = await fetch(`${second.url}/api/companies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ company_name: 'After the crash' }),
    });
    expect(after.status).toBe(201);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
