// --stress: many more clients for a minute on the scenarios whose cost grows with the data.
// No warm-up and RSS sampled every 5 s from the first second, so the figures show whether
// memory levels off after warm-up or keeps growing.
import { type LoadFigures, runLoad, type Scenario } from './load.js';
import type { RunningServer } from './processes.js';

export const STRESS_CONNECTIONS = 256;
export const STRESS_SAMPLE_MS = 5_000;

export async function runStress(
  server: RunningServer,
  scenarios: Scenario[],
  durationS: number,
): Promise<LoadFigures[]> {
  const figures: LoadFigures[] = [];
  for (const scenario of scenarios) {
    process.stderr.write(`stress: ${scenario.name}, c=${STRESS_CONNECTIONS}, ${durationS} s\n`);
    figures.push(
      await runLoad(server, scenario, {
        connections: STRESS_CONNECTIONS,
        durationS,
        warmupS: 0,
        sampleEveryMs: STRESS_SAMPLE_MS,
      }),
    );
  }
  return figures;
}
