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
  /**
   * Origins allowed to call the API besides the app's own and loopback pages (`http://localhost:*`
   * …); `true` (CORS_ORIGINS=*) allows every origin but `null`.
   */
  corsOrigins: true | string[];
  /** Host names served besides the loopback names and HOST; `true` (ALLOWED_HOSTS=*) serves any. */
  allowedHosts: true | string[];
  /** Set → agent rate limits are counted in that Redis, shared by every instance using it. */
  redisUrl: string | undefined;
  limits: Limits;
  logLevel: LogLevel;
  /** The built web app to serve at `/`; undefined → the repository's web/dist build. */
  webDir: string | undefined;
  llm: LlmConfig;
  /** `classifier` (default): the local router; `llm`: ask the model, falling back to it. */
  router: 'classifier' | 'llm';
  auth: AuthConfig;
  /**
   * Which proxies to believe about the client (X-Forwarded-For) and the scheme
   * (X-Forwarded-Proto): `false` none, `true` any, a hop count, or addresses/CIDRs.
   */
  trustProxy: boolean | number | string[];
}

export const AUTH_MODES = ['none', 'password'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export interface AuthConfig {
  /** `none`: no login, one person's tracker; `password`: accounts, each seeing only their rows. */
  mode: AuthMode;
  /** AUTH=none chosen explicitly on a host other than loopback: logged as a warning at start. */
  exposedWithoutLogin: boolean;
  /** The owner account created at start when no user exists yet (ADMIN_EMAIL + ADMIN_PASSWORD). */
  admin: { email: string; password: string } | undefined;
  /** Login attempts per client address, and per account, per `loginWindowMs`; 0: no limit. */
  loginRequests: number;
  loginWindowMs: number;
}

export interface Limits {
  /** Requests to /api/agents/* per client address per `agentWindowMs`; 0: no limit. */
  agentRequests: number;
  agentWindowMs: number;
  /** Answer streams one client address may have open at once; 0: no cap. */
  agentStreams: number;
  /** Connections the server holds open at once; 0: no cap. */
  maxConnections: number;
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
  if (!raw) return [];
  if (raw === '*') return true;
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
    // `null` parses as no URL at all; an origin is a scheme and host with nothing after them.
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(
        `CORS_ORIGINS must be "*" or a comma-separated list of origins like https://app.example.com, got "${origin}"`,
      );
    }
  }
  return origins.map((o) => new URL(o).origin);
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

function readAllowedHosts(env: Env): true | string[] {
  const raw = env.ALLOWED_HOSTS?.trim().toLowerCase();
  if (!raw) return [];
  if (raw === '*') return true;
  const hosts = raw
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  for (const host of hosts) {
    if (!HOST_NAME.test(host) && !/^\[[0-9a-f:.]+\]$/.test(host)) {
      throw new ConfigError(
        `ALLOWED_HOSTS must be "*" or a comma-separated list of host names without a port, like tracker.example.com or [fd00::1], got "${host}"`,
      );
    }
  }
  return hosts;
}

function readRedisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || !url.hostname) {
    throw new ConfigError(
      `REDIS_URL must be a redis:// or rediss:// URL like redis://127.0.0.1:6379, got "${raw}"`,
    );
  }
  return raw;
}

const WINDOWS: Record<string, number> = {
  s: 1000,
  sec: 1000,
  second: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
};

function readRate(
  env: Env,
  name: string,
  fallback: { requests: number; windowMs: number },
): { requests: number; windowMs: number } {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'off') return { requests: 0, windowMs: fallback.windowMs };
  const match = /^(\d{1,7})\s*(?:\/\s*([a-z]+))?$/.exec(raw);
  const windowMs = match ? WINDOWS[match[2] ?? 'min'] : undefined;
  if (!match || !windowMs) {
    throw new ConfigError(
      `${name} must be a number of requests per minute, or per second, minute or hour like 60/min or 5/s (0 or off: no limit), got "${raw}"`,
    );
  }
  return { requests: Number(match[1]), windowMs };
}

function readAgentRateLimit(env: Env): Pick<Limits, 'agentRequests' | 'agentWindowMs'> {
  const rate = readRate(env, 'AGENT_RATE_LIMIT', { requests: 60, windowMs: 60_000 });
  return { agentRequests: rate.requests, agentWindowMs: rate.windowMs };
}

function readCount(env: Env, name: string, fallback: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > max) {
    throw new ConfigError(`${name} must be a whole number from 0 (no cap) to ${max}, got "${raw}"`);
  }
  return value;
}

function readLimits(env: Env): Limits {
  return {
    ...readAgentRateLimit(env),
    agentStreams: readCount(env, 'AGENT_STREAM_LIMIT', 4, 10_000),
    // Under the 1,024 open files a process commonly gets, with room for the database's own.
    maxConnections: readCount(env, 'MAX_CONNECTIONS', 512, 1_000_000),
  };
}

/** `localhost`, 127.0.0.0/8 or ::1: an address or name only this machine can reach. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return (
    name === 'localhost' ||
    name === '::1' ||
    /^(::ffff:)?127(\.\d{1,3}){3}$/.test(name) ||
    name === '0:0:0:0:0:0:0:1'
  );
}

/** The shortest password accepted, for ADMIN_PASSWORD as for the API. */
export const PASSWORD_MIN_LENGTH = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function readAuth(env: Env, host: string): AuthConfig {
  const raw = env.AUTH?.trim().toLowerCase();
  // Off only where nobody else can connect; anywhere else accounts unless told otherwise.
  const mode = (raw || (isLoopback(host) ? 'none' : 'password')) as AuthMode;
  if (!AUTH_MODES.includes(mode)) {
    throw new ConfigError(`AUTH must be one of: ${AUTH_MODES.join(', ')}, got "${raw}"`);
  }
  const email = env.ADMIN_EMAIL?.trim().toLowerCase() || undefined;
  const password = env.ADMIN_PASSWORD || undefined;
  if ((email === undefined) !== (password === undefined)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  }
  if (email !== undefined && mode === 'none') {
    throw new ConfigError(
      'ADMIN_EMAIL and ADMIN_PASSWORD create the owner account, which needs AUTH=password',
    );
  }
  if (email !== undefined && (!EMAIL.test(email) || email.length > 254)) {
    throw new ConfigError(`ADMIN_EMAIL must be an email address, got "${email}"`);
  }
  if (password !== undefined && password.length < PASSWORD_MIN_LENGTH) {
    throw new ConfigError(`ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  }
  const login = readRate(env, 'LOGIN_RATE_LIMIT', { requests: 10, windowMs: 60_000 });
  return {
    mode,
    exposedWithoutLogin: mode === 'none' && !isLoopback(host),
    admin: email !== undefined && password !== undefined ? { email, password } : undefined,
    loginRequests: login.requests,
    loginWindowMs: login.windowMs,
  };
}

const PROXY_ADDRESS = /^[0-9a-f:.]+(\/\d{1,3})?$|^(loopback|linklocal|uniquelocal)$/i;

function readTrustProxy(env: Env): Config['trustProxy'] {
  const raw = env.TRUST_PROXY?.trim().toLowerCase();
  if (!raw || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const addresses = raw
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  for (const address of addresses) {
    if (!PROXY_ADDRESS.test(address)) {
      throw new ConfigError(
        `TRUST_PROXY must be true, a number of proxies, or comma-separated addresses or CIDRs like 127.0.0.1,10.0.0.0/8, got "${address}"`,
      );
    }
  }
  return addresses;
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
    allowedHosts: readAllowedHosts(env),
    redisUrl: readRedisUrl(env),
    limits: readLimits(env),
    logLevel: readLogLevel(env),
    webDir: env.WEB_DIR?.trim() ? path.resolve(cwd, env.WEB_DIR.trim()) : undefined,
    llm,
    router: readRouter(env, llm),
    auth: readAuth(env, host),
    trustProxy: readTrustProxy(env),
  };
}
