// The real server (src/server.ts) as a child process on a database of its own, for the tests
// that need what only a process has: signals, exit codes, a crash, two instances.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '../test-app.js';

export const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const onPostgres = Boolean(process.env.DATABASE_URL);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export interface TestDatabase {
  /** What a server process needs to find it: DATA_DIR or DATABASE_URL. */
  env: Record<string, string>;
  dataDir?: string;
  url?: string;
  drop(): Promise<void>;
}

/**
 * A database for server processes: a fresh PostgreSQL database when DATABASE_URL is set,
 * otherwise a PGlite data directory in a temporary folder.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    return {
      env: { DATABASE_URL: scratch.url },
      url: scratch.url,
      drop: async () => {
        await scratch.drop();
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'its-resilience-'));
  return {
    env: { DATABASE_URL: '', DATA_DIR: dataDir },
    dataDir,
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** The exit code, or null after a signal. */
  exited: Promise<number | null>;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

const running = new Set<ChildProcess>();

/** Kills whatever a test left running (a failed assertion must not leave a server behind). */
export function killAll(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  running.clear();
}

/** Starts src/server.ts on `env` (a database's and the test's own) and waits until it is ready. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: serverRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      LLM_PROVIDER: 'offline',
      REDIS_URL: '',
      AGENT_RATE_LIMIT: 'off',
      AGENT_STREAM_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const started = Date.now();
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
    });
  const server: ServerProcess = {
    child,
    url: `http://127.0.0.1:${port}`,
    exited,
    output: () => output,
    waitFor,
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${server.url}/api/ready`)).ok) return server;
    } catch {}
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not become ready; output:\n${output}`);
}
