// Reads config, opens the database, builds the app, listens, and shuts down cleanly on
// SIGINT/SIGTERM (PGlite must be closed so its files and lock are left consistent).
import v8 from 'node:v8';
import pino from 'pino';
import { buildApp, loggerOptions } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { openDatabase } from './db/database.js';
import { createQuestionRouter } from './features/agents/routing/router.js';
import { starterPack } from './knowledge/starter-pack.js';
import { createLlmProvider } from './llm/registry.js';

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`invalid configuration: ${error.message}`);
    throw error;
  }

  if (!config.databaseUrl) {
    // On the embedded database the server is one person's tracker, usually on their own
    // machine: a 1 MB young generation and V8's size-over-speed mode keep it ~50 MB smaller
    // at idle (300 -> 255 MB; PGlite's WebAssembly memory is most of the rest), and a request
    // waits on PGlite far longer than on a garbage collection. A shared PostgreSQL deployment
    // keeps V8's defaults.
    v8.setFlagsFromString('--max-semi-space-size=1');
    v8.setFlagsFromString('--optimize-for-size');
  }
  const log = pino(loggerOptions(config));
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase({ ...config, log });
  } catch (error) {
    if (error instanceof DataDirLockedError) fail(error.message);
    const where = config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `PGlite in ${config.dataDir}`;
    fail(`could not open the database (${where}): ${(error as Error).message}`);
  }

  const llm = createLlmProvider(config.llm);
  const router = createQuestionRouter({ warn: (message) => log.warn(message) });
  const trainStart = performance.now();
  router.route('How would you design a URL shortening service?');
  log.info(
    { ms: Math.round(performance.now() - trainStart), router: config.router },
    'question router trained',
  );
  const pack = starterPack();
  log.info(
    { provider: llm.name, model: llm.model, pack_entries: pack.length },
    'answer engine ready',
  );

  const app = await buildApp({ config, database, llm, router, loggerInstance: log });
  app.log.info({ database: database.kind, location: database.location }, 'database ready');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown took over 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    try {
      await app.close();
    } finally {
      await database.close();
      app.log.info('database closed');
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
    // Any interface ("0.0.0.0", "::") is reachable on this machine at the loopback address.
    const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}/`;
    app.log.info({ url }, `open ${url} in a browser`);
    if (process.stdout.isTTY)
      process.stdout.write(`\n  Interview Tracker is running: open ${url}\n\n`);
  } catch (error) {
    app.log.error({ err: error }, 'could not listen');
    await database.close();
    process.exit(1);
  }
}

await main();
