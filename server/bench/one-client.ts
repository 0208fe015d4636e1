// Latency for one user alone (c=1): requests one after another on a kept-alive connection.
// Timed here rather than with autocannon, whose histogram keeps whole milliseconds: a bare
// server answers in a fraction of one, so a ratio to it needs finer figures.
import http from 'node:http';

export interface OneClientFigures {
  name: string;
  p50Ms: number;
  requests: number;
  errors: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

const MIN_REQUESTS = 10;

/** Times GET `url` back to back for `seconds` (after a warm-up); the median latency. */
export async function oneClient(name: string, url: string, seconds: number) {
  // Warm-up: enough for the JIT, bounded in time for endpoints that take a second each.
  const warmEnd = performance.now() + 1000;
  for (let i = 0; i < 50 && performance.now() < warmEnd; i++) await get(url);
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end || times.length < MIN_REQUESTS) {
    const t0 = performance.now();
    const status = await get(url).catch(() => 0);
    times.push(performance.now() - t0);
    if (status < 200 || status > 299) errors++;
  }
  times.sort((a, b) => a - b);
  return {
    name,
    p50Ms: times[Math.floor(times.length / 2)] ?? Number.NaN,
    requests: times.length,
    errors,
  } satisfies OneClientFigures;
}
