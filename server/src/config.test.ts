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

  it.each([
    [{ PORT: 'eighty' }, /^PORT must be a whole number/],
    [{ PORT: '70000' }, /^PORT must be/],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, /^DATABASE_URL must start with postgres:\/\//],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL is not a valid URL/],
    [{ CORS_ORIGINS: 'example.com' }, /^CORS_ORIGINS must be "\*" or a comma-separated list/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of: fatal, error/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env, '/srv/app')).toThrow(message);
  });
});
