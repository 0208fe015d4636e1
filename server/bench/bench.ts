// npm run bench: figures for the answer stream, printed, never asserted.
//  - time to the `start` event and to the first `content` event, offline;
//  - the same through a scripted OpenAI-compatible model, beside that model's own TTFT and
//    beside the old behaviour as baseline (the whole answer generated first, then dripped out):
//    its first chunk can only come after the complete answer, measured here as /answer's time;
//  - the server's memory with 1,000 concurrent offline streams.
// The server runs as a child process (like production); the scripted model runs here.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startScriptedModel } from '../test/scripted-model.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUESTION = 'How would you design a URL shortening service?';
const RUNS = 20;
const CONCURRENT = 1_000;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

async function startServer(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: 'memory://',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/api/ready`)).ok) return { url, child };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Posts a question and times the events; reads the stream to its end. */
async function timeStream(url: string) {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/agents/answer-stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: QUESTION }),
  });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let start: number | undefined;
  let content: number | undefined;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    start ??= text.includes('"event_type":"start"') ? performance.now() - t0 : undefined;
    content ??= text.includes('"event_type":"content"') ? performance.now() - t0 : undefined;
  }
  return {
    start: start ?? Number.NaN,
    content: content ?? Number.NaN,
    total: performance.now() - t0,
  };
}

async function timeAnswer(url: string) {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/agents/answer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: QUESTION }),
  });
  await res.json();
  return performance.now() - t0;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] as number;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function measure(url: string) {
  await timeStream(url); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeStream(url));
  return {
    start: runs.map((r) => r.start),
    content: runs.map((r) => r.content),
    total: runs.map((r) => r.total),
  };
}

const rows: [string, string, string][] = [];
const row = (name: string, xs: number[]) => rows.push([name, ms(median(xs)), ms(p95(xs))]);

// Offline engine.
const offline = await startServer({ LLM_PROVIDER: 'offline' });
const off = await measure(offline.url);
row('offline: time to start event', off.start);
row('offline: time to first content', off.content);
row('offline: whole stream', off.total);

// 1,000 concurrent offline streams.
const before = memoryOf(offline.child.pid as number);
const t0 = performance.now();
const results = await Promise.allSettled(
  Array.from({ length: CONCURRENT }, () => timeStream(offline.url)),
);
const wall = performance.now() - t0;
const after = memoryOf(offline.child.pid as number);
const ok = results.filter((r) => r.status === 'fulfilled').length;
offline.child.kill('SIGTERM');

// A scripted model: 200 ms to its first token, then 40 deltas 25 ms apart (about 1.2 s).
const MODEL_TTFT = 200;
const model = await startScriptedModel({
  chunks: Array.from({ length: 40 }, (_, i) => `token${i} `),
  delayMs: 25,
});
model.script.firstDelayMs = MODEL_TTFT;
const withModel = await startServer({
  LLM_PROVIDER: 'openai-compatible',
  LLM_BASE_URL: model.baseUrl,
  LLM_MODEL: 'scripted',
});
const mod = await measure(withModel.url);
const buffered: number[] = [];
for (let i = 0; i < RUNS; i++) buffered.push(await timeAnswer(withModel.url));
withModel.child.kill('SIGTERM');
await model.close();

console.log(
  `\nAnswer stream benchmark (${RUNS} runs each; median and p95; Node ${process.version})\n`,
);
rows.push(['scripted model: its own TTFT (configured)', ms(MODEL_TTFT), ms(MODEL_TTFT)]);
row('scripted model: time to start event', mod.start);
row('scripted model: time to first content (ours)', mod.content);
row('baseline (whole answer first, then 50-char drip): first content', buffered);
row('scripted model: whole stream', mod.total);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'measure'.padEnd(width)}  ${'median'.padStart(10)}  ${'p95'.padStart(10)}`);
for (const [name, med, p] of rows)
  console.log(`${name.padEnd(width)}  ${med.padStart(10)}  ${p.padStart(10)}`);
console.log(`\n${CONCURRENT} concurrent offline streams: ${ok} completed in ${ms(wall)}`);
console.log(
  `server memory: RSS ${before.rssMb.toFixed(0)} MB before, ${after.rssMb.toFixed(0)} MB after, peak ${after.peakMb.toFixed(0)} MB ` +
    `(${(((after.peakMb - before.rssMb) * 1024) / CONCURRENT).toFixed(1)} KB per concurrent stream at peak)`,
);
process.exit(0);
