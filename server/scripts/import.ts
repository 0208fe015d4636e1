// `npm run import -- file.json [--user email] [--merge] [--dry-run]`: what POST /api/import
// does, without the 50 MB limit of a request, with a progress bar. Refused whole, with the
// problems listed, when any record is invalid.
import { readFile } from 'node:fs/promises';
import { COLLECTIONS } from '../src/features/transfer/transfer.collections.js';
import { createTransferService } from '../src/features/transfer/transfer.service.js';
import { AppError } from '../src/http/errors.js';
import { progressBar } from './progress-bar.js';
import { openFor, parseArgs, usage } from './transfer-cli.js';

const { file, email, flags } = parseArgs(process.argv.slice(2));
if (!file) usage('import');

const document = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
const total = COLLECTIONS.reduce((sum, c) => {
  const records = document[c.name];
  return sum + (Array.isArray(records) ? records.length : 0);
}, 0);

const { database, owner } = await openFor(email);
try {
  const service = createTransferService({ db: database.db });
  const summary = await service.importDocument(owner, document, {
    mode: flags.has('--merge') ? 'merge' : 'restore',
    dryRun: flags.has('--dry-run'),
    onRecords: progressBar(flags.has('--dry-run') ? 'checking' : 'importing', total),
  });
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  process.stderr.write(`\n${error.message}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
