// `npm run export -- file.json [--user email]`: writes what GET /api/export would, straight
// from the database the server uses, with a progress bar. For files too large for a browser.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createTransferService } from '../src/features/transfer/transfer.service.js';
import { progressBar } from './progress-bar.js';
import { openFor, parseArgs, usage } from './transfer-cli.js';

const { file, email } = parseArgs(process.argv.slice(2));
if (!file) usage('export');

const { database, owner } = await openFor(email);
try {
  const service = createTransferService({ db: database.db });
  const advance = progressBar('exporting', await service.count(owner));
  await pipeline(Readable.from(service.exportDocument(owner, advance)), createWriteStream(file));
  process.stderr.write(`wrote ${file}\n`);
} finally {
  await database.close();
}
