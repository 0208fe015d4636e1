import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('needs nothing set: port 8000 on 127.0.0.1, PGlite in ./data, all origins', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 8000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('/srv/app/data'),
      corsOrigins: true,
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
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://u:p@db:5432/its',
        DATA_DIR: 'memory://',
        CORS_ORIGINS: 'https://a.example.com, http://localhost:4200',
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
      logLevel: 'debug',
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
