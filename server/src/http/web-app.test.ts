import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/database.js';

let webDir: string;
let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'its-web-'));
  fs.writeFileSync(
    path.join(webDir, 'index.html'),
    '<!doctype html><title>Interview Tracker</title>',
  );
  fs.writeFileSync(path.join(webDir, 'main-ABCDEFGH12.js'), 'console.log("app")');
  database = await openDatabase({ dataDir: 'memory://' });
  app = await buildApp({ config: { ...loadConfig({}), webDir }, database, logger: false });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const html = { accept: 'text/html,application/xhtml+xml' };

describe('the web app on the same origin', () => {
  it('serves index.html to browser navigations, deep links included', async () => {
    // /interviews/1.5 and /questions/abc.json look like file names but are routes of the app,
    // which shows its own not-found screen for them.
    for (const url of [
      '/',
      '/dashboard',
      '/interviews/12',
      '/room?x=1',
      '/interviews/1.5',
      '/questions/abc.json',
    ]) {
      const res = await app.inject({ url, headers: html });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<title>Interview Tracker</title>');
    }
  });

  it('keeps JSON at / for API clients and leaves /api and /docs alone', async () => {
    expect((await app.inject({ url: '/' })).json().name).toBe('Interview Tracking System');
    const api = await app.inject({ url: '/api/nope', headers: html });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('not_found');
    expect((await app.inject({ url: '/docs', headers: html })).body).toContain('swagger-ui');
  });

  it('answers a missing asset a browser asks for by name with a 404, not the app', async () => {
    const res = await app.inject({ url: '/main-ABCDEFGH12.js', headers: { accept: '*/*' } });
    expect(res.statusCode).toBe(200);
    const missing = await app.inject({ url: '/chunk-MISSING1234.js', headers: { accept: '*/*' } });
    expect(missing.statusCode).toBe(404);
  });

  it('serves hashed assets with a long cache', async () => {
    const res = await app.inject({ url: '/main-ABCDEFGH12.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });
});
