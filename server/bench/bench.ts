// npm run bench: the server's speed and memory under fixed scenarios, printed and written to
// bench/results/<db>.md; figures only, never asserted. The server runs as a child process on a
// seeded database of its own (PostgreSQL when DATABASE_URL is set, else PGlite); see
// options.ts for the flags and the server README for what each figure means.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type LoadFigures, type LoadSettings, runLoad, type Scenario } from './load.js';
import { MAXIMAL_ROWS, maximalRowKb } from './maximal.js';
import { oneClient } from './one-client.js';
import { readOptions, USAGE } from './options.js';
import {
  buildServer,
  idleRssMb,
  type RunningServer,
  serverRoot,
  startBaseline,
  startServer,
} from './processes.js';
import { renderReport } from './report.js';
import { createEmptyDatabase, createRunDatabase } from './run-database.js';
import { createScenario, oneClientPaths, readScenarios, stressScenarios } from './scenarios.js';
import { seed } from './seed.js';
import { measureStreams } from './streams.js';
import { runStress } from './stress.js';

/** A run the server could not keep up with: it went on answering after the clients left. */
const backlogNote = (f: LoadFigures) =>
  f.drainMs > 1000
    ? [
        `${f.name}: ${Number.isNaN(f.p50Ms) ? 'no response completed within the run; ' : ''}` +
          `the server went on working for ${(f.drainMs / 1000).toFixed(1)} s after it ended.`,
      ]
    : [];

const options = readOptions();
if (options === 'help') {
  console.log(USAGE);
  process.exit(0);
}
const runStart = performance.now();
const elapsed = () => `${((performance.now() - runStart) / 1000).toFixed(0)} s`;
const log = (message: string) => process.stderr.write(`[${elapsed().padStart(5)}] ${message}\n`);
const int = (n: number) => n.toLocaleString('en-US');

const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
const database = await createRunDatabase(databaseUrl);
// Scratch databases and the data directory go at the end, on failure and on Ctrl-C alike.
const cleanups = [database.remove];
const cleanUp = () => Promise.allSettled(cleanups.map((remove) => remove()));
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

try {
  log('compiling the server (as npm start runs it)');
  buildServer();
  const seedDb = await database.open();
  const seeded = await seed(seedDb.db, options.scale);
  await seedDb.close();
  log(`seeded in ${seeded.seconds.toFixed(1)} s`);

  const server = await startServer(database.serverEnv);
  const baseline = await startBaseline();
  const memory: [string, number][] = [['RSS idle after seeding', await idleRssMb(server.pid)]];

  const settings: LoadSettings = {
    connections: 64,
    durationS: options.durationS,
    warmupS: options.quick ? 0.5 : 1,
  };
  const run = (target: RunningServer, scenario: Scenario, name = scenario.name) => {
    log(`c=${settings.connections}: ${name}`);
    return runLoad(target, { ...scenario, name }, settings);
  };
  const bare: Scenario = { name: 'bare node:http, 20-row JSON', path: '/' };

  // The baseline runs before and after the reads; the ratios divide by the mean of both, so
  // a neighbour's load that comes or goes mid-run tilts them less.
  const baselines: LoadFigures[] = [await run(baseline, bare, `${bare.name} (first)`)];
  const scenarios: LoadFigures[] = [];
  for (const scenario of readScenarios(seeded)) scenarios.push(await run(server, scenario));
  baselines.push(await run(baseline, bare, `${bare.name} (second)`));

  const oneClientS = options.quick ? 1 : 3;
  log(`c=1: ${bare.name}`);
  const oneClientBaseline = await oneClient(bare.name, `${baseline.url}/`, oneClientS);
  const oneClientFigures = [];
  for (const { name, path: p } of oneClientPaths) {
    log(`c=1: ${name}`);
    oneClientFigures.push(await oneClient(name, server.url + p, oneClientS));
  }

  const stress = options.stress
    ? await runStress(server, stressScenarios(seeded), options.stressDurationS)
    : [];

  scenarios.push(await run(server, createScenario(seeded)));
  memory.push(['RSS idle after every scenario', await idleRssMb(server.pid)]);
  await server.stop();
  await baseline.stop();

  if (database.kind === 'pglite') {
    // What a user sees on restarting the app on their data: nothing loaded yet, caches cold.
    const fresh = await startServer(database.serverEnv);
    memory.push([
      'RSS idle, fresh start on the existing data directory',
      await idleRssMb(fresh.pid),
    ]);
    await fresh.stop();
  }

  log('answer stream: latency, then 1,000 concurrent offline streams');
  const emptyDb = await createEmptyDatabase(databaseUrl);
  cleanups.push(emptyDb.remove);
  const streams = await measureStreams(emptyDb.serverEnv);
  memory.push(['RSS peak during 1,000 concurrent offline streams', streams.concurrent.rssPeakMb]);

  const c = seeded.counts;
  const report = renderReport({
    db: database.kind,
    scale:
      `${int(c.interviews)} interviews at ${int(c.companies)} companies (--scale ${options.scale}), ` +
      `${int(c.rounds)} rounds, ${int(c.links)} question links, ${int(c.questions)} questions; ` +
      `plus ${MAXIMAL_ROWS} maximal interviews of ${int(Math.round(maximalRowKb()))} KB each; seeded in ${seeded.seconds.toFixed(0)} s`,
    load:
      `autocannon, ${settings.connections} connections, ${settings.durationS} s per scenario after ` +
      `a ${settings.warmupS} s warm-up${options.quick ? ' (--quick)' : ''}; c=1 rows: ${oneClientS} s of back-to-back requests`,
    baselines,
    scenarios,
    memory,
    oneClientBaseline,
    oneClient: oneClientFigures,
    streams,
    stress,
    stressDurationS: options.stressDurationS,
    notes: [
      ...[...baselines, ...scenarios, ...stress].flatMap(backlogNote),
      `The create scenario runs last: it added ${int(Math.round(scenarios.at(-1)?.reqPerSec ?? 0))} interviews a second to the data set.`,
      `Whole run: ${elapsed()}.`,
    ],
  });
  const file = path.join(serverRoot, 'bench', 'results', `${database.kind}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, report);
  console.log(`\n${report}`);
  log(`written to ${path.relative(process.cwd(), file)}`);
} finally {
  await cleanUp();
}
process.exit(0);
