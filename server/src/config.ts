// The only module that reads process.env. Everything else receives a Config.
import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export const LLM_PROVIDERS = ['offline', 'openai', 'anthropic', 'openai-compatible'] as const;
export type LlmProviderName = (typeof LLM_PROVIDERS)[number];

export interface LlmConfig {
  provider: LlmProviderName;
  /** Model id for the provider; undefined for the offline engine. */
  model: string | undefined;
  baseUrl: string | undefined;
  /** Never logged. */
  apiKey: string | undefined;
  /** Longest wait for the model's first or next token before the answer fails as a timeout. */
  timeoutMs: number;
}

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
  llm: LlmConfig;
  /** `classifier` (default): the local router; `llm`: ask the model, falling back to it. */
  router: 'classifier' | 'llm';
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

const DEFAULT_MODELS: Partial<Record<LlmProviderName, string>> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-3-5-haiku-latest',
};

function readLlm(env: Env): LlmConfig {
  const raw = env.LLM_PROVIDER?.trim().toLowerCase();
  const provider = (raw || 'offline') as LlmProviderName;
  if (!LLM_PROVIDERS.includes(provider)) {
    throw new ConfigError(`LLM_PROVIDER must be one of: ${LLM_PROVIDERS.join(', ')}, got "${raw}"`);
  }
  const timeoutRaw = env.LLM_TIMEOUT_MS?.trim();
  const timeoutMs = timeoutRaw ? Number(timeoutRaw) : 60_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 600_000) {
    throw new ConfigError(
      `LLM_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000, got "${timeoutRaw}"`,
    );
  }
  const baseUrl = env.LLM_BASE_URL?.trim() || undefined;
  if (baseUrl) {
    let url: URL | undefined;
    try {
      url = new URL(baseUrl);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      throw new ConfigError(
        `LLM_BASE_URL must be an http(s) URL like http://127.0.0.1:11434/v1, got "${baseUrl}"`,
      );
    }
  }
  const apiKey = env.LLM_API_KEY?.trim() || undefined;
  const model = env.LLM_MODEL?.trim() || DEFAULT_MODELS[provider];
  if ((provider === 'openai' || provider === 'anthropic') && !apiKey) {
    throw new ConfigError(`LLM_API_KEY is required when LLM_PROVIDER=${provider}`);
  }
  if (provider === 'openai-compatible') {
    if (!baseUrl) {
      throw new ConfigError(
        'LLM_BASE_URL is required when LLM_PROVIDER=openai-compatible (e.g. http://127.0.0.1:11434/v1 for Ollama)',
      );
    }
    if (!model) throw new ConfigError('LLM_MODEL is required when LLM_PROVIDER=openai-compatible');
  }
  return {
    provider,
    model: provider === 'offline' ? undefined : model,
    baseUrl,
    apiKey,
    timeoutMs,
  };
}

function readRouter(env: Env, llm: LlmConfig): 'classifier' | 'llm' {
  const raw = env.ROUTER?.trim().toLowerCase();
  if (!raw || raw === 'classifier') return 'classifier';
  if (raw !== 'llm') throw new ConfigError(`ROUTER must be classifier or llm, got "${raw}"`);
  if (llm.provider === 'offline') {
    throw new ConfigError(
      'ROUTER=llm needs a model: set LLM_PROVIDER (the offline engine cannot route)',
    );
  }
  return 'llm';
}

/** Reads and validates the configuration; throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const host = env.HOST?.trim() || '127.0.0.1';
  const llm = readLlm(env);
  return {
    port: readPort(env),
    host,
    databaseUrl: readDatabaseUrl(env),
    dataDir: readDataDir(env, cwd),
    corsOrigins: readCorsOrigins(env),
    logLevel: readLogLevel(env),
    webDir: env.WEB_DIR?.trim() ? path.resolve(cwd, env.WEB_DIR.trim()) : undefined,
    llm,
    router: readRouter(env, llm),
  };
}
