import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('needs nothing set: port 8000 on 127.0.0.1, PGlite in ./data, no extra origins or hosts', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 8000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('/srv/app/data'),
      corsOrigins: [],
      allowedHosts: [],
      redisUrl: undefined,
      limits: { agentRequests: 60, agentWindowMs: 60_000, agentStreams: 4, maxConnections: 512 },
      logLevel: 'info',
      webDir: undefined,
      llm: {
        provider: 'offline',
        model: undefined,
        baseUrl: undefined,
        apiKey: undefined,
        timeoutMs: 60_000,
      },
      router: 'classifier',
      auth: {
        mode: 'none',
        exposedWithoutLogin: false,
        admin: undefined,
        loginRequests: 10,
        loginWindowMs: 60_000,
      },
      trustProxy: false,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://u:p@db:5432/its',
        DATA_DIR: 'memory://',
        CORS_ORIGINS: 'https://a.example.com, http://localhost:4200/',
        ALLOWED_HOSTS: 'Tracker.example.com, 192.168.1.20,[fd00::1]',
        REDIS_URL: 'redis://127.0.0.1:6379/2',
        AGENT_RATE_LIMIT: '10/s',
        AGENT_STREAM_LIMIT: '2',
        MAX_CONNECTIONS: '100',
        LOG_LEVEL: 'DEBUG',
      },
      '/srv/app',
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db:5432/its',
      dataDir: 'memory://',
      corsOrigins: ['https://a.example.com', 'http://localhost:4200'],
      allowedHosts: ['tracker.example.com', '192.168.1.20', '[fd00::1]'],
      redisUrl: 'redis://127.0.0.1:6379/2',
      limits: { agentRequests: 10, agentWindowMs: 1000, agentStreams: 2, maxConnections: 100 },
      logLevel: 'debug',
    });
  });

  it('allows every origin and host only when told so with "*"', () => {
    expect(loadConfig({ CORS_ORIGINS: '*', ALLOWED_HOSTS: '*' })).toMatchObject({
      corsOrigins: true,
      allowedHosts: true,
    });
  });

  it.each([
    ['60', { agentRequests: 60, agentWindowMs: 60_000 }],
    ['120/min', { agentRequests: 120, agentWindowMs: 60_000 }],
    ['1000 / hour', { agentRequests: 1000, agentWindowMs: 3_600_000 }],
    ['5/S', { agentRequests: 5, agentWindowMs: 1000 }],
    ['0', { agentRequests: 0 }],
    ['off', { agentRequests: 0 }],
  ])('reads AGENT_RATE_LIMIT=%s', (value, limits) => {
    expect(loadConfig({ AGENT_RATE_LIMIT: value }).limits).toMatchObject(limits);
  });

  it('turns the stream and connection caps off with 0', () => {
    expect(loadConfig({ AGENT_STREAM_LIMIT: '0', MAX_CONNECTIONS: '0' }).limits).toMatchObject({
      agentStreams: 0,
      maxConnections: 0,
    });
  });

  it('reads a local OpenAI-compatible model, key optional', () => {
    const config = loadConfig({
      LLM_PROVIDER: 'openai-compatible',
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1',
      LLM_MODEL: 'llama3.2',
      LLM_TIMEOUT_MS: '5000',
      ROUTER: 'llm',
    });
    expect(config.llm).toEqual({
      provider: 'openai-compatible',
      model: 'llama3.2',
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: undefined,
      timeoutMs: 5000,
    });
    expect(config.router).toBe('llm');
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT must be a whole number/],
    [{ PORT: '70000' }, /^PORT must be/],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, /^DATABASE_URL must start with postgres:\/\//],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL is not a valid URL/],
    [{ CORS_ORIGINS: 'example.com' }, /^CORS_ORIGINS must be "\*" or a comma-separated list/],
    [{ CORS_ORIGINS: 'null' }, /^CORS_ORIGINS must be .* got "null"$/],
    [{ CORS_ORIGINS: 'https://a.example.com, *' }, /^CORS_ORIGINS must be .* got "\*"$/],
    [{ CORS_ORIGINS: 'https://a.example.com/app' }, /^CORS_ORIGINS must be .* got "https:\/\/a/],
    [{ CORS_ORIGINS: 'file:///tmp' }, /^CORS_ORIGINS must be .* got "file:/],
    [{ ALLOWED_HOSTS: 'tracker.example.com:8443' }, /^ALLOWED_HOSTS must be "\*" or a comma-sep/],
    [{ ALLOWED_HOSTS: 'http://tracker.example.com' }, /^ALLOWED_HOSTS must be .* got "http:/],
    [{ ALLOWED_HOSTS: '*.example.com' }, /^ALLOWED_HOSTS must be .* got "\*\.example\.com"$/],
    [{ REDIS_URL: 'localhost:6379' }, /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    [{ AGENT_RATE_LIMIT: 'lots' }, /^AGENT_RATE_LIMIT must be a number of requests per minute/],
    [{ AGENT_RATE_LIMIT: '60/day' }, /^AGENT_RATE_LIMIT must be .* got "60\/day"$/],
    [{ AGENT_RATE_LIMIT: '-1' }, /^AGENT_RATE_LIMIT must be/],
    [
      { AGENT_STREAM_LIMIT: 'four' },
      /^AGENT_STREAM_LIMIT must be a whole number from 0 \(no cap\)/,
    ],
    [{ AGENT_STREAM_LIMIT: '10001' }, /^AGENT_STREAM_LIMIT must be .* to 10000/],
    [{ MAX_CONNECTIONS: '1.5' }, /^MAX_CONNECTIONS must be a whole number from 0 \(no cap\)/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of: fatal, error/],
    [
      { LLM_PROVIDER: 'gemini' },
      /^LLM_PROVIDER must be one of: offline, openai, anthropic, openai-compatible/,
    ],
    [{ LLM_PROVIDER: 'openai' }, /^LLM_API_KEY is required when LLM_PROVIDER=openai/],
    [
      { LLM_PROVIDER: 'anthropic', LLM_MODEL: 'x' },
      /^LLM_API_KEY is required when LLM_PROVIDER=anthropic/,
    ],
    [{ LLM_PROVIDER: 'openai-compatible', LLM_MODEL: 'llama3' }, /^LLM_BASE_URL is required/],
    [
      { LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: 'http://127.0.0.1:11434/v1' },
      /^LLM_MODEL is required/,
    ],
    [{ LLM_BASE_URL: 'ftp://x' }, /^LLM_BASE_URL must be an http\(s\) URL/],
    [{ LLM_TIMEOUT_MS: 'soon' }, /^LLM_TIMEOUT_MS must be a whole number/],
    [{ ROUTER: 'llm' }, /^ROUTER=llm needs a model/],
    [{ ROUTER: 'magic' }, /^ROUTER must be classifier or llm/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env, '/srv/app')).toThrow(message);
  });
});

describe('AUTH', () => {
  it.each([
    ['127.0.0.1', 'none'],
    ['localhost', 'none'],
    ['::1', 'none'],
    ['0.0.0.0', 'password'],
    ['192.168.1.20', 'password'],
    ['tracker.example.com', 'password'],
  ])('defaults on HOST=%s to %s', (host, mode) => {
    expect(loadConfig({ HOST: host }).auth).toMatchObject({ mode, exposedWithoutLogin: false });
  });

  it('turns accounts off on a network address only when told, and flags it', () => {
    expect(loadConfig({ HOST: '0.0.0.0', AUTH: 'none' }).auth).toMatchObject({
      mode: 'none',
      exposedWithoutLogin: true,
    });
    expect(loadConfig({ AUTH: 'PASSWORD' }).auth.mode).toBe('password');
  });

  it('reads the owner to create at start, lower-casing the email', () => {
    expect(
      loadConfig({
        AUTH: 'password',
        ADMIN_EMAIL: ' Ada@Example.com ',
        ADMIN_PASSWORD: 'a long password',
        LOGIN_RATE_LIMIT: '5/h',
      }).auth,
    ).toMatchObject({
      admin: { email: 'ada@example.com', password: 'a long password' },
      loginRequests: 5,
      loginWindowMs: 3_600_000,
    });
    expect(loadConfig({ LOGIN_RATE_LIMIT: 'off' }).auth.loginRequests).toBe(0);
  });

  it.each([
    [{ AUTH: 'ldap' }, 'AUTH must be one of: none, password, got "ldap"'],
    [
      { AUTH: 'password', ADMIN_EMAIL: 'ada@example.com' },
      'ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither',
    ],
    [
      { ADMIN_EMAIL: 'ada@example.com', ADMIN_PASSWORD: 'a long password' },
      'ADMIN_EMAIL and ADMIN_PASSWORD create the owner account, which needs AUTH=password',
    ],
    [
      { AUTH: 'password', ADMIN_EMAIL: 'ada', ADMIN_PASSWORD: 'a long password' },
      'ADMIN_EMAIL must be an email address, got "ada"',
    ],
    [
      { AUTH: 'password', ADMIN_EMAIL: 'ada@example.com', ADMIN_PASSWORD: 'short' },
      'ADMIN_PASSWORD must be at least 10 characters long',
    ],
    [{ LOGIN_RATE_LIMIT: 'lots' }, 'LOGIN_RATE_LIMIT must be a number of requests per minute'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['127.0.0.1, 10.0.0.0/8,loopback', ['127.0.0.1', '10.0.0.0/8', 'loopback']],
  ])('reads %j as %j', (raw, expected) => {
    expect(loadConfig(raw === undefined ? {} : { TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it('refuses what is not an address, CIDR or count', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example.com' })).toThrow(
      'TRUST_PROXY must be true, a number of proxies, or comma-separated addresses or CIDRs like 127.0.0.1,10.0.0.0/8, got "proxy.example.com"',
    );
  });
});
