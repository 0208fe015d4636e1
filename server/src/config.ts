// The only module that reads process.env. Everything else receives a Config.
import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  /** Set → node-postgres against that server; unset → embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** PGlite data directory (absolute), or `memory://` for an in-memory database. */
  dataDir: string;
  /** `true` allows every origin; otherwise the exact origins allowed. */
  corsOrigins: true | string[];
  logLevel: LogLevel;
  /** The built web app to serve at `/`; undefined → the repository's web/dist build. */
  webDir: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

type Env = Record<string, string | undefined>;

function readPort(env: Env): number {
  const raw = env.PORT?.trim();
  if (!raw) return 8000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function readDatabaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL (expected postgres://user@host:port/db)',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"`,
    );
  }
  return raw;
}

function readDataDir(env: Env, cwd: string): string {
  const raw = env.DATA_DIR?.trim();
  if (!raw) return path.resolve(cwd, 'data');
  if (raw === 'memory://' || raw.startsWith('memory://')) return 'memory://';
  return path.resolve(cwd, raw.replace(/^file:\/\//, ''));
}

function readCorsOrigins(env: Env): true | string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw || raw === '*') return true;
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(
        `CORS_ORIGINS must be "*" or a comma-separated list of origins like https://app.example.com, got "${origin}"`,
      );
    }
  }
  return origins.map((o) => o.replace(/\/$/, ''));
}

function readLogLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(`LOG_LEVEL must be one of: ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return raw as LogLevel;
}

/** Reads and validates the configuration; throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const host = env.HOST?.trim() || '127.0.0.1';
  return {
    port: readPort(env),
    host,
    databaseUrl: readDatabaseUrl(env),
    dataDir: readDataDir(env, cwd),
    corsOrigins: readCorsOrigins(env),
    logLevel: readLogLevel(env),
    webDir: env.WEB_DIR?.trim() ? path.resolve(cwd, env.WEB_DIR.trim()) : undefined,
  };
}
