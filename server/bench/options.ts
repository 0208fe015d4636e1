// The bench's flags. From the repository root, `npm run bench -- --quick` reaches this script
// only through npm: the root script runs `npm run bench -w server`, whose npm takes flags it
// does not know as its own config and hands them over as npm_config_* variables. Both ways are
// read, so the same flags work from the root and from server/.
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Interviews to seed; companies and questions scale with it. */
  scale: number;
  /** Seconds of measurement per scenario. */
  durationS: number;
  quick: boolean;
  /** Runs the c=256 soak on the list and detail scenarios. */
  stress: boolean;
  stressDurationS: number;
}

export const USAGE = `npm run bench [-- flags]   (from server/, or from the root as shown below)

  --scale N       interviews to seed (default 10000; N/50 companies, 2N questions)
  --duration S    seconds per scenario at c=64 (default 10; 3 with --quick)
  --quick         short run: 3 s per scenario, 20 s stress
  --stress        also c=256 for 60 s on list and detail, RSS sampled every 5 s
  --help          this text

From the root, give values with "=": npm run bench -- --quick --scale=2000`;

const positive = (name: string, raw: string | undefined, fallback: number) => {
  if (raw === undefined || raw === '' || raw === 'true') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`--${name} must be a positive number, got "${raw}"\n\n${USAGE}`);
  }
  return value;
};

export function readOptions(
  argv = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      duration: { type: 'string' },
      quick: { type: 'boolean' },
      stress: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const flag = (name: 'quick' | 'stress' | 'help') =>
    values[name] ?? env[`npm_config_${name}`] === 'true';
  if (flag('help')) return 'help';
  const quick = flag('quick');
  return {
    scale: Math.round(positive('scale', values.scale ?? env.npm_config_scale, 10_000)),
    durationS: positive('duration', values.duration ?? env.npm_config_duration, quick ? 3 : 10),
    quick,
    stress: flag('stress'),
    stressDurationS: quick ? 20 : 60,
  };
}
