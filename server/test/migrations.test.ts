// The committed migrations must be exactly what drizzle-kit generates from schema.ts: a
// schema change without its migration would pass every test on a fresh database and then
// never reach anyone's existing one.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The package's exports hide bin.cjs; it sits beside the entry point.
const drizzleKit = path.join(
  path.dirname(createRequire(import.meta.url).resolve('drizzle-kit')),
  'bin.cjs',
);
const scratch = mkdtempSync(path.join(tmpdir(), 'migrations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('committed migrations', () => {
  it('match the schema: drizzle-kit has nothing new to generate', async () => {
    const out = path.join(scratch, 'drizzle');
    cpSync(path.join(serverDir, 'drizzle'), out, { recursive: true });
    const before = readdirSync(out).sort();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        drizzleKit,
        'generate',
        '--dialect=postgresql',
        '--schema=./src/db/schema.ts',
        // drizzle-kit joins --out to the working directory, so it must be relative.
        `--out=${path.relative(serverDir, out)}`,
      ],
      { cwd: serverDir },
    );
    expect(readdirSync(out).sort(), 'run `npm run db:generate -w server` and commit').toEqual(
      before,
    );
    expect(stdout).toContain('No schema changes');
  });
});
