// The results as markdown: printed, and written to bench/results/<db>.md so each database's
// latest figures sit in the repository. Figures only; the bench never judges them.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { LoadFigures } from './load.js';
import { document, table } from './markdown.js';
import type { OneClientFigures } from './one-client.js';
import { serverRoot } from './processes.js';
import { CONCURRENT_STREAMS, STREAM_RUNS, type StreamFigures } from './streams.js';
import { STRESS_CONNECTIONS, STRESS_SAMPLE_MS } from './stress.js';

export interface Report {
  db: 'pglite' | 'postgres';
  scale: string;
  load: string;
  /** The bare node:http runs (c=64) whose mean every ratio divides by. */
  baselines: LoadFigures[];
  scenarios: LoadFigures[];
  memory: [string, number][];
  oneClientBaseline: OneClientFigures;
  oneClient: OneClientFigures[];
  streams: StreamFigures;
  stress: LoadFigures[];
  stressDurationS: number;
  notes: string[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number, digits = 0) => (Number.isNaN(n) ? '–' : `${n.toFixed(digits)} ms`);
// Slow scenarios answer a few requests a second: a decimal keeps them apart from zero.
const rate = (n: number) => (n < 100 ? n.toFixed(1) : int(n));
const mb = (n: number) => `${int(n)} MB`;
// Two significant digits below 0.1: a scenario at a thousandth of the baseline still reads.
const times = (n: number) => `${n >= 0.1 ? n.toFixed(2) : n.toPrecision(2)}×`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
function mainTable(report: Report): string[] {
  const base = mean(report.baselines.map((b) => b.reqPerSec));
  const load = (f: LoadFigures) => [
    f.name,
    rate(f.reqPerSec),
    ms(f.p50Ms),
    ms(f.p99Ms),
    int(f.errors),
    mb(f.rssMb),
    times(f.reqPerSec / base),
  ];
  const oneBase = report.oneClientBaseline.p50Ms;
  const one = (f: OneClientFigures, ratio: string) => [
    `c=1: ${f.name}`,
    '',
    ms(f.p50Ms, 2),
    '',
    int(f.errors),
    '',
    ratio,
  ];
  return table(
    ['scenario', 'req/s', 'p50', 'p99', 'errors', 'server RSS', 'vs node:http'],
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    [
      ...report.baselines.map(load),
      ...report.scenarios.map(load),
      ...report.memory.map(([name, value]) => [`memory: ${name}`, '', '', '', '', mb(value), '']),
      one(report.oneClientBaseline, '1×'),
      ...report.oneClient.map((f) => one(f, `${(f.p50Ms / oneBase).toFixed(0)}× the latency`)),
    ],
  );
}

function streamSection({ latency, concurrent: c }: StreamFigures): string[][] {
  return [
    [`## Answer stream (${STREAM_RUNS} runs each, one at a time, on an empty database)`],
    table(
      ['measure', 'median', 'p95'],
      ['l', 'r', 'r'],
      latency.map(([name, med, p]) => [name, ms(med, 1), ms(p, 1)]),
    ),
    [
      `${int(CONCURRENT_STREAMS)} concurrent offline streams: ${int(c.completed)} completed in ${ms(c.wallMs)}; ` +
        `server RSS ${mb(c.rssBeforeMb)} before, peak ${mb(c.rssPeakMb)} while they ran, ${mb(c.rssAfterMb)} after ` +
        `(${(((c.rssPeakMb - c.rssBeforeMb) * 1024) / CONCURRENT_STREAMS).toFixed(1)} KB per concurrent stream at peak; ` +
        `high-water mark since start ${mb(c.hwmMb)}).`,
    ],
  ];
}

function stressSection(report: Report): string[][] {
  if (!report.stress.length) return [];
  const every = STRESS_SAMPLE_MS / 1000;
  return [
    [`## Stress (c=${STRESS_CONNECTIONS}, ${report.stressDurationS} s each, no warm-up)`],
    table(
      ['scenario', 'req/s', 'p50', 'p99', 'errors', `server RSS every ${every} s`],
      ['l', 'r', 'r', 'r', 'r', 'l'],
      report.stress.map((f) => [
        f.name,
        rate(f.reqPerSec),
        ms(f.p50Ms),
        ms(f.p99Ms),
        int(f.errors),
        `${f.rssSamples.map((s) => int(s.rssMb)).join(' → ')} MB`,
      ]),
    ),
  ];
}

/** The commit measured, and whether the server's code had uncommitted changes at the time. */
function codeVersion(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: serverRoot, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'src', 'drizzle', 'package.json') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in server/' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function renderReport(report: Report): string {
  const cpus = os.cpus();
  const base = report.baselines.map((b) => int(b.reqPerSec)).join(' and ');
  return document([
    [`# Bench: ${report.db === 'pglite' ? 'PGlite' : 'PostgreSQL'}`],
    [
      `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `- Code: ${codeVersion()}`,
      `- Node: ${process.version}; machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
      `- Data: ${report.scale}`,
      `- Load: ${report.load}`,
      `- vs node:http: req/s ÷ the bare node:http server's req/s (mean of its runs, ${base} req/s); ` +
        'for c=1 rows, p50 ÷ its p50 (higher is slower). The machine is shared, so only ratios compare across runs.',
    ],
    mainTable(report),
    ...streamSection(report.streams),
    ...stressSection(report),
    report.notes.map((note) => `- ${note}`),
  ]);
}
