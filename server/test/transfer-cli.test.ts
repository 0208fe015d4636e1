// `npm run export` and `npm run import` as a user runs them: separate processes on the
// database the server would open (a PGlite data directory, or DATABASE_URL), with a file named
// relative to where npm was run.
import { type ChildProcess, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/db/database.js';
import { companies, interviews, questions } from '../src/db/schema.js';
import { insertInterview } from './factories.js';
import { countRows, createScratchDatabase } from './test-app.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'its-cli-'));
const cleanups: (() => Promise<unknown>)[] = [];
const running = new Set<ChildProcess>();
afterAll(async () => {
  // A command still running (a test that timed out) must not outlive the files it works on.
  for (const child of running) child.kill('SIGKILL');
  for (const cleanup of cleanups) await cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** An empty database of the kind the suite runs on, and the environment that names it. */
async function emptyDatabase(name: string) {
  const { DATABASE_URL: serverUrl, ...rest } = process.env;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    cleanups.push(scratch.drop);
    return {
      env: { ...rest, DATABASE_URL: scratch.url },
      open: () => openDatabase({ databaseUrl: scratch.url, dataDir: 'memory://' }),
    };
  }
  const dataDir = path.join(work, name);
  return { env: { ...rest, DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }) };
}

/** Opens, uses and closes: PGlite admits one process per data directory. */
async function withDatabase<T>(open: () => Promise<Database>, use: (d: Database) => Promise<T>) {
  const database = await open();
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

function cli(script: 'export' | 'import', args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      // npm runs the script in server/ and says where the user was in INIT_CWD.
      { cwd: serverRoot, env: { ...env, INIT_CWD: work, LOG_LEVEL: 'warn' }, timeout: 120_000 },
      (error, stdout, stderr) => {
        running.delete(child);
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    running.add(child);
  });
}

const counts = (database: Database) =>
  Promise.all([companies, interviews, questions].map((table) => countRows(database, table)));

// Each command is a process that starts PGlite (or connects) and applies the migrations.
describe('npm run export and npm run import', { timeout: 180_000 }, () => {
  it('copies a tracker into an empty one through a file, after a dry run that writes nothing', async () => {
    const source = await emptyDatabase('source');
    await withDatabase(source.open, async (database) => {
      const [company] = await database.db
        .insert(companies)
        .values({ company_name: 'Carried Over Ltd' })
        .returning();
      await insertInterview(database, { company_id: company?.company_id });
      await insertInterview(database, { company_id: company?.company_id });
      await database.db.insert(questions).values({
        question_text: 'How would you shard a counter?',
        question_category: 'system_design',
      });
    });

    const exported = await cli('export', ['tracker.json'], source.env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toContain(`wrote ${path.join(work, 'tracker.json')}`);
    const document = JSON.parse(readFileSync(path.join(work, 'tracker.json'), 'utf8'));
    expect(document.companies.map((c: { company_name: string }) => c.company_name)).toEqual([
      'Carried Over Ltd',
    ]);
    expect(document.interviews).toHaveLength(2);

    const target = await emptyDatabase('target');
    const dryRun = await cli('import', ['tracker.json', '--dry-run'], target.env);
    expect(dryRun.code, dryRun.stderr).toBe(0);
    expect(JSON.parse(dryRun.stdout).collections.interviews).toEqual({ created: 2, merged: 0 });
    expect(await withDatabase(target.open, counts)).toEqual([0, 0, 0]);

    const imported = await cli('import', ['tracker.json'], target.env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(await withDatabase(target.open, counts)).toEqual([1, 2, 1]);
  });

  it('refuses a file with a bad record whole, says which, and exits 1', async () => {
    writeFileSync(
      path.join(work, 'broken.json'),
      JSON.stringify({
        version: 1,
        companies: [{ company_id: 1, company_name: 'Fine Co' }],
        interviews: [{ interview_id: 1, company_id: 1, seniority_level: 'galactic' }],
      }),
    );
    const target = await emptyDatabase('refusing');
    const refused = await cli('import', ['broken.json'], target.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('/interviews/0/seniority_level');
    expect(await withDatabase(target.open, counts)).toEqual([0, 0, 0]);
  });

  it('says how to call it when the file is missing', async () => {
    const target = await emptyDatabase('usage');
    const { code, stderr } = await cli('export', [], target.env);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run export -- <file.json>');
  });
});
