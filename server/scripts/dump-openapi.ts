// Writes the OpenAPI document the server generates from its route schemas, so clients (the
// web app's typed API client) are generated from the same source. Usage: dump-openapi [file]
import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';

const config = { ...loadConfig({}), dataDir: 'memory://', logLevel: 'silent' as const };
const database = await openDatabase({ dataDir: 'memory://' });
const app = await buildApp({ config, database, logger: false });
await app.ready();
const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
await database.close();

const target = process.argv[2];
if (target) writeFileSync(target, document);
else process.stdout.write(document);
