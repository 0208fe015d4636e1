// The answer stream, as the bench measured it before the HTTP scenarios joined it:
//  - time to the `start` event and to the first `content` event, offline;
//  - the same through a scripted OpenAI-compatible model, beside that model's own TTFT and
//    beside the old behaviour as baseline (the whole answer generated first, then dripped out):
//    its first chunk can only come after the complete answer, measured here as /answer's time;
//  - the server's memory with 1,000 concurrent offline streams.
// Each part gets a freshly started server on the run's database, so its peak is its own.
import { startScriptedModel } from '../test/scripted-model.js';
import { memoryOf, sampleRss, startServer } from './processes.js';

const QUESTION = 'How would you design a URL shortening service?';
export const STREAM_RUNS = 20;
export const CONCURRENT_STREAMS = 1_000;
// The scripted model: 200 ms to its first token, then 40 deltas 25 ms apart (about 1.2 s).
const MODEL_TTFT = 200;

export interface StreamFigures {
  /** [measure, median ms, p95 ms] */
  latency: [string, number, number][];
  concurrent: {
    completed: number;
    wallMs: number;
    rssBeforeMb: number;
    rssAfterMb: number;
    /** Highest RSS sampled while the streams ran. */
    rssPeakMb: number;
    /** The process's high-water mark (VmHWM), start-up included. */
    hwmMb: number;
  };
}

const post = (url: string, path: string) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: QUESTION }),
  });

/** Posts a question and times the events; reads the stream to its end. */
async function timeStream(url: string) {
  const t0 = performance.now();
  const res = await post(url, '/api/agents/answer-stream');
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
  await (await post(url, '/api/agents/answer')).json();
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? 0;

async function measure(url: string) {
  await timeStream(url); // warm-up
  const runs = [];
  for (let i = 0; i < STREAM_RUNS; i++) runs.push(await timeStream(url));
  return {
    start: runs.map((r) => r.start),
    content: runs.map((r) => r.content),
    total: runs.map((r) => r.total),
  };
}

export async function measureStreams(dbEnv: Record<string, string>): Promise<StreamFigures> {
  const latency: StreamFigures['latency'] = [];
  const row = (name: string, xs: number[]) => latency.push([name, median(xs), p95(xs)]);

  const offline = await startServer(dbEnv);
  const off = await measure(offline.url);
  row('offline: time to start event', off.start);
  row('offline: time to first content', off.content);
  row('offline: whole stream', off.total);

  const before = memoryOf(offline.pid);
  const rss = sampleRss(offline.pid, 100);
  const t0 = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: CONCURRENT_STREAMS }, () => timeStream(offline.url)),
  );
  const wallMs = performance.now() - t0;
  const rssPeakMb = rss.stop();
  const after = memoryOf(offline.pid);
  await offline.stop();

  const model = await startScriptedModel({
    chunks: Array.from({ length: 40 }, (_, i) => `token${i} `),
    delayMs: 25,
  });
  model.script.firstDelayMs = MODEL_TTFT;
  const withModel = await startServer(dbEnv, {
    LLM_PROVIDER: 'openai-compatible',
    LLM_BASE_URL: model.baseUrl,
    LLM_MODEL: 'scripted',
  });
  const mod = await measure(withModel.url);
  const buffered: number[] = [];
  for (let i = 0; i < STREAM_RUNS; i++) buffered.push(await timeAnswer(withModel.url));
  await withModel.stop();
  await model.close();

  latency.push(['scripted model: its own TTFT (configured)', MODEL_TTFT, MODEL_TTFT]);
  row('scripted model: time to start event', mod.start);
  row('scripted model: time to first content (ours)', mod.content);
  row('baseline (whole answer first, then 50-char drip): first content', buffered);
  row('scripted model: whole stream', mod.total);
  return {
    latency,
    concurrent: {
      completed: results.filter((r) => r.status === 'fulfilled').length,
      wallMs,
      rssBeforeMb: before.rssMb,
      rssAfterMb: after.rssMb,
      rssPeakMb,
      hwmMb: after.peakMb,
    },
  };
}
