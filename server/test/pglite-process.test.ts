// PGlite behaviour that only shows across real processes: the data-directory lock, stale
// lock recovery, clean shutdown on SIGTERM, and durability after `kill -9` during writes.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { companies } from '../src/db/schema.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const children: ChildProcess[] = [];
const tempDirs: string[] = [];

function tempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'its-pglite-'));
  tempDirs.push(dir);
  return dir;
}

function childEnv(dataDir: string): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return { ...env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' };
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: serverRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = output.match(pattern);
        if (match) {
          clearInterval(timer);
          resolve(match);
        } else if (child.exitCode !== null || Date.now() - started > timeoutMs) {
          clearInterval(timer);
          reject(new Error(`did not see ${pattern}; output:\n${output}`));
        }
      }, 25);
      const started = Date.now();
    });
  return { child, exited, waitFor, output: () => output };
}

const startServer = (dataDir: string) => run('src/server.ts', [], childEnv(dataDir));

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// PGlite-only behaviour: the PostgreSQL leg of CI has nothing to add here.
describe.skipIf(process.env.DATABASE_URL)('PGlite data directory', { timeout: 90_000 }, () => {
  it('refuses a second server on the same DATA_DIR with a clear message', async () => {
    const dataDir = tempDataDir();
    const first = startServer(dataDir);
    await first.waitFor(/Server listening/);
    const second = startServer(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(
      `DATA_DIR ${dataDir} is in use by another server (pid ${first.child.pid})`,
    );
    expect(first.child.exitCode).toBeNull();
  });

  it('closes cleanly on SIGTERM and releases the lock', async () => {
    const dataDir = tempDataDir();
    const server = startServer(dataDir);
    await server.waitFor(/Server listening/);
    expect(fs.existsSync(path.join(dataDir, 'server.lock'))).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('database closed');
    expect(fs.existsSync(path.join(dataDir, 'server.lock'))).toBe(false);
  });

  it('keeps every committed row after kill -9 during writes, and clears the stale lock', async () => {
    const dataDir = tempDataDir();
    const writer = run('test/fixtures/pglite-writer.ts', [dataDir], childEnv(dataDir));
    await writer.waitFor(/committed 40\n/);
    writer.child.kill('SIGKILL');
    await writer.exited;
    const committed = [...writer.output().matchAll(/committed (\d+)\n/g)].map((m) => Number(m[1]));
    expect(committed.length).toBeGreaterThanOrEqual(40);
    expect(fs.readFileSync(path.join(dataDir, 'server.lock'), 'utf8')).toContain(
      String(writer.child.pid),
    );

    const reopened = await openDatabase({ dataDir });
    try {
      const rows = await reopened.db.select({ id: companies.company_id }).from(companies);
      const stored = new Set(rows.map((r) => r.id));
      expect(committed.filter((id) => !stored.has(id))).toEqual([]);
      // The database still takes writes after recovery.
      await reopened.db.insert(companies).values({ company_name: 'After the crash' });
    } finally {
      await reopened.close();
    }
    expect(fs.existsSync(path.join(dataDir, 'server.lock'))).toBe(false);
  });
});
