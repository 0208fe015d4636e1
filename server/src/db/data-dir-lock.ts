// PGlite is a single-process database: two servers on one data directory would corrupt it.
// A lock file holding the owner's pid (and, on Linux, when that process started) makes the
// second one fail fast. A lock left by a killed process is stale and taken over: its pid is no
// longer running, or now belongs to another program (pids are reused, after a reboot soon).
// The folder is the user's data: created readable by its owner only (0700).
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

/** Why a stale lock was taken over. */
export type StaleReason = 'not running' | 'pid reused';

export interface DataDirLock {
  readonly path: string;
  /** The pid of a stale lock this process cleared, if any, and why it was stale. */
  readonly clearedStalePid: number | undefined;
  readonly clearedBecause: StaleReason | undefined;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat): with the
 * pid it names one process for good. Undefined where there is no /proc (macOS, Windows).
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

interface Owner {
  pid: number;
  started: string | undefined;
}

function readOwner(lockPath: string): Owner | undefined {
  try {
    const [first = '', , third = ''] = fs.readFileSync(lockPath, 'utf8').split('\n');
    const pid = Number.parseInt(first, 10);
    const started = /^started (\d+)$/.exec(third)?.[1];
    return Number.isInteger(pid) && pid > 0 ? { pid, started } : undefined;
  } catch {
    return undefined;
  }
}

/** Why the lock's owner no longer holds it, or undefined while it does. */
function staleness(owner: Owner): StaleReason | undefined {
  if (!isAlive(owner.pid)) return 'not running';
  const now = processStartTime(owner.pid);
  if (owner.started !== undefined && now !== undefined && now !== owner.started) {
    return 'pid reused';
  }
  return undefined;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // PGlite writes its files world-readable whatever the umask; a private folder keeps them
  // private, including in a folder an older version created.
  fs.chmodSync(dataDir, 0o700);
  const lockPath = path.join(dataDir, 'server.lock');
  let cleared: { pid: number; because: StaleReason } | undefined;
  const started = processStartTime(process.pid);
  const content = `${process.pid}\n${new Date().toISOString()}\n${started ? `started ${started}\n` : ''}`;

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, content, { flag: 'wx', mode: 0o600 });
      return {
        path: lockPath,
        clearedStalePid: cleared?.pid,
        clearedBecause: cleared?.because,
        release() {
          if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(lockPath);
    // A lock with this very pid is an earlier process's (a container's pid 1 is always 1).
    const because = owner && owner.pid !== process.pid ? staleness(owner) : 'pid reused';
    if (owner && because === undefined) {
      throw new DataDirLockedError(
        `DATA_DIR ${dataDir} is in use by another server (pid ${owner.pid}). ` +
          'Stop that process, or set DATA_DIR to another directory. ' +
          `If pid ${owner.pid} is not an Interview Tracker server, delete ${lockPath} and start again.`,
      );
    }
    if (owner && because) cleared = { pid: owner.pid, because };
    fs.rmSync(lockPath, { force: true });
  }
  throw new DataDirLockedError(`Could not lock DATA_DIR ${dataDir}: ${lockPath} keeps reappearing`);
}
