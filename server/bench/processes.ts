// Servers under test run as child processes, as in production: the load generator then never
// shares an event loop with them, and their memory can be read from /proc on its own.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface RunningServer {
  url: string;
  pid: number;
  /** Answers once the server is up and, being queued behind them, once earlier requests are done. */
  readyUrl: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

// Every child still running when the bench exits (a failure, Ctrl-C) is stopped with it.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

async function startChild(args: string[], env: Record<string, string>, readyPath: string) {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: serverRoot,
    env: { ...process.env, PORT: String(port), ...env },
    // The server logs (warnings and errors only) to stdout; they join the bench's stderr, apart
    // from the report.
    stdio: ['ignore', 2, 'inherit'],
  });
  children.add(child);
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const running: RunningServer = {
    url,
    pid: child.pid as number,
    readyUrl: url + readyPath,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      children.delete(child);
    },
  };
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    try {
      if ((await fetch(running.readyUrl)).ok) return running;
    } catch {}
    await sleep(100);
  }
  await running.stop();
  throw new Error(`${args.join(' ')} did not start in 2 minutes`);
}

/**
 * Every bench connection comes from one address, so the per-client limits a real deployment
 * keeps (agent rate limit, open streams per client, the connection cap) would measure the
 * limiter, not the server: the bench lifts them.
 */
const BENCH_LIMITS = {
  AGENT_RATE_LIMIT: 'off',
  AGENT_STREAM_LIMIT: '10000',
  MAX_CONNECTIONS: '10000',
};

/**
 * Compiles the server as `npm start` runs it. Running the TypeScript through tsx instead would
 * add the compiler to the measured memory (about 150 MB) and its hooks to every module load.
 */
export function buildServer(): void {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: serverRoot,
      stdio: 'inherit',
    },
  );
}

/** The real server (dist/server.js, see buildServer) on the database `dbEnv` names, offline model by default. */
export const startServer = (dbEnv: Record<string, string>, env: Record<string, string> = {}) =>
  startChild(
    ['dist/server.js'],
    {
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      LLM_PROVIDER: 'offline',
      ...BENCH_LIMITS,
      ...dbEnv,
      ...env,
    },
    '/api/ready',
  );

/** The bare node:http server of baseline.ts. */
export const startBaseline = () => startChild(['--import', 'tsx', 'bench/baseline.ts'], {}, '/');

/** Resident memory and its high-water mark, in MB (Linux). */
export function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Samples RSS every `everyMs` until stopped; VmHWM cannot be reset, so a window needs this. */
export function sampleRss(pid: number, everyMs = 250) {
  const samples: { atMs: number; rssMb: number }[] = [];
  const t0 = performance.now();
  const take = () => samples.push({ atMs: performance.now() - t0, rssMb: memoryOf(pid).rssMb });
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      take();
      return Math.max(...samples.map((s) => s.rssMb));
    },
  };
}

/** RSS once the server has been left alone for a moment (timers, GC and lazy work settle). */
export async function idleRssMb(pid: number, settleMs = 3000) {
  await sleep(settleMs);
  return memoryOf(pid).rssMb;
}
