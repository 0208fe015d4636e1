// The PGlite data-directory lock against real processes: a live owner is refused by pid, a
// lock whose pid is gone or now belongs to another program is taken over and logged, and the
// folder is private to its owner.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, processStartTime } from './data-dir-lock.js';
import { openDatabase } from './database.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'its-lock-'));
  dirs.push(dir);
  return path.join(dir, 'data');
}

/** A live process that is not a server: what a reused pid points at. */
async function otherProgram(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid as number;
}

/** A pid no process has: one that ran and exited. */
async function finishedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

const writeLock = (dataDir: string, lines: string[]) => {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'server.lock'), `${lines.join('\n')}\n`);
};

const onLinux = process.platform === 'linux';

describe('the data-directory lock', () => {
  it('creates the folder readable by its owner only, and tightens an existing one', () => {
    const fresh = tempDir();
    acquireDataDirLock(fresh).release();
    expect(fs.statSync(fresh).mode & 0o777).toBe(0o700);

    const existing = tempDir();
    fs.mkdirSync(existing, { mode: 0o755 });
    acquireDataDirLock(existing).release();
    expect(fs.statSync(existing).mode & 0o777).toBe(0o700);
  });

  it('refuses a live owner, naming its pid and what to do', async () => {
    const dataDir = tempDir();
    const pid = await otherProgram();
    writeLock(dataDir, [String(pid), new Date().toISOString(), `started ${processStartTime(pid)}`]);
    const attempt = () => acquireDataDirLock(dataDir);
    expect(attempt).toThrow(DataDirLockedError);
    expect(attempt).toThrow(
      `DATA_DIR ${dataDir} is in use by another server (pid ${pid}). Stop that process, or set DATA_DIR to another directory. If pid ${pid} is not an Interview Tracker server, delete ${path.join(dataDir, 'server.lock')} and start again.`,
    );
  });

  it('takes over a lock whose process is no longer running', async () => {
    const dataDir = tempDir();
    const pid = await finishedPid();
    writeLock(dataDir, [String(pid), new Date().toISOString()]);
    const lock = acquireDataDirLock(dataDir);
    expect([lock.clearedStalePid, lock.clearedBecause]).toEqual([pid, 'not running']);
    expect(fs.readFileSync(lock.path, 'utf8').split('\n')[0]).toBe(String(process.pid));
    lock.release();
  });

  it.skipIf(!onLinux)('takes over a lock whose pid now belongs to another program', async () => {
    const dataDir = tempDir();
    const pid = await otherProgram();
    // The lock's owner started at another time: the same number, another process.
    writeLock(dataDir, [String(pid), '2026-01-01T00:00:00.000Z', 'started 1']);
    const lock = acquireDataDirLock(dataDir);
    expect([lock.clearedStalePid, lock.clearedBecause]).toEqual([pid, 'pid reused']);
    lock.release();
  });

  it('says in the log which stale lock it cleared and why', async () => {
    const dataDir = tempDir();
    const pid = await finishedPid();
    writeLock(dataDir, [String(pid), new Date().toISOString()]);
    const warnings: string[] = [];
    const database = await openDatabase({
      dataDir,
      log: { info() {}, warn: (_obj, message) => warnings.push(message) },
    });
    await database.close();
    expect(warnings).toContain(
      `cleared a stale lock on ${dataDir}: pid ${pid} is no longer running (the last server did not shut down cleanly)`,
    );
  }, 60_000);
});
