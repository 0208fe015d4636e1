// One load run: autocannon against a URL for a fixed time, with the server's RSS sampled
// alongside. Every scenario and the baseline go through here, so all see the same settings.
import http from 'node:http';
import autocannon from 'autocannon';
import { type RunningServer, sampleRss } from './processes.js';

export interface Scenario {
  name: string;
  method?: 'GET' | 'POST';
  path: string;
  /** JSON bodies to send in turn (POST). */
  bodies?: string[];
  /** Picks the path per request, e.g. ids spread over the data set. */
  nextPath?: () => string;
}

export interface LoadFigures {
  name: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx responses plus socket errors and timeouts. */
  errors: number;
  /** How long the server went on working after the run, on requests nobody waits for. */
  drainMs: number;
  /** Highest server RSS sampled during the run, MB. */
  rssMb: number;
  rssSamples: { atMs: number; rssMb: number }[];
}

export interface LoadSettings {
  connections: number;
  durationS: number;
  /** Unrecorded run first (one connection), so JIT compilation and cold caches are not measured. */
  warmupS: number;
  /** How often RSS is sampled, ms. */
  sampleEveryMs?: number;
}

function request(scenario: Scenario): autocannon.Request {
  let turn = 0;
  const { bodies, nextPath } = scenario;
  return {
    method: scenario.method ?? 'GET',
    path: scenario.path,
    ...(bodies?.length ? { headers: { 'content-type': 'application/json' } } : {}),
    ...(bodies?.length || nextPath
      ? {
          setupRequest: (req: autocannon.Request) => ({
            ...req,
            ...(nextPath ? { path: nextPath() } : {}),
            ...(bodies?.length ? { body: bodies[turn++ % bodies.length] } : {}),
          }),
        }
      : {}),
  };
}

function fire(url: string, scenario: Scenario, connections: number, durationS: number) {
  return autocannon({
    url,
    connections,
    duration: durationS,
    // A slow scenario (maximal rows, streams) must finish its responses, not count timeouts.
    timeout: 60,
    requests: [request(scenario)],
  });
}

/** GET on a connection of its own: a pooled one may have been dropped while the server was busy. */
const getStatus = (url: string) =>
  new Promise<number>((resolve) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', () => resolve(0));
  });

/**
 * Waits until the server has finished what the run left queued: autocannon hangs up when its
 * time is up, but a server that fell behind goes on answering requests nobody waits for, and
 * the next scenario would otherwise be measured behind that backlog. The ready probe queues
 * behind those requests' queries, so its answer marks the end of the backlog.
 */
async function drain(server: RunningServer): Promise<number> {
  const t0 = performance.now();
  while ((await getStatus(server.readyUrl)) !== 200) {
    if (performance.now() - t0 > 15 * 60_000) throw new Error(`${server.url} stopped answering`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  return performance.now() - t0;
}

export async function runLoad(
  server: RunningServer,
  scenario: Scenario,
  settings: LoadSettings,
): Promise<LoadFigures> {
  // One connection warms the JIT and caches without leaving a queue behind it.
  if (settings.warmupS > 0) await fire(server.url, scenario, 1, settings.warmupS);
  const rss = sampleRss(server.pid, settings.sampleEveryMs);
  const result = await fire(server.url, scenario, settings.connections, settings.durationS);
  const rssMb = rss.stop();
  const drainMs = await drain(server);
  const answered = result['2xx'];
  return {
    name: scenario.name,
    reqPerSec: result.requests.total / settings.durationS,
    // Latencies are recorded for 2xx responses only; with none, there is no figure to give.
    p50Ms: answered ? result.latency.p50 : Number.NaN,
    p99Ms: answered ? result.latency.p99 : Number.NaN,
    errors: result.non2xx + result.errors,
    drainMs,
    rssMb,
    rssSamples: rss.samples,
  };
}
