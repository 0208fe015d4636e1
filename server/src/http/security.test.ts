// What a page on another origin, or on an attacker's name that resolves to 127.0.0.1, gets from
// the app; the headers every page is sent; and the warning when listening beyond loopback.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { CONTENT_SECURITY_POLICY, hostName, isLoopback, servedHosts } from './security.js';

const LISTED = 'https://app.example.com';

function preflight(origin: string, method: string, host = 'localhost:8000') {
  return {
    method: 'OPTIONS' as const,
    url: '/api/companies',
    headers: {
      host,
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'content-type',
    },
  };
}

// One app on the defaults (bound to 127.0.0.1) plus one listed origin serves most tests.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ env: { HOST: '127.0.0.1', CORS_ORIGINS: LISTED } });
});
afterAll(async () => ctx?.close());

describe('CORS', () => {
  describe.each([
    'http://localhost:4200',
    'http://127.0.0.1:5173',
    'http://[::1]:4200',
    // The app's own origin: its page names the Host it was served from.
    'http://localhost:8000',
    LISTED,
  ])('a page on %s', (origin) => {
    it.each(['GET', 'HEAD', 'POST', 'PUT', 'DELETE'])('may send %s', async (method) => {
      const res = await ctx.app.inject(preflight(origin, method));
      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(origin);
      expect(String(res.headers['access-control-allow-methods']).split(', ')).toContain(method);
      expect(res.headers['access-control-allow-headers']).toContain('content-type');
      expect(res.headers.vary).toContain('Origin');
    });
  });

  it.each([
    'https://evil.example',
    // A listed origin is matched exactly, scheme and port included.
    'http://app.example.com',
    'https://app.example.com:8443',
    'null',
  ])('a page on %s may not read the API: no Access-Control-Allow-Origin', async (origin) => {
    const ask = await ctx.app.inject(preflight(origin, 'DELETE'));
    expect(ask.headers['access-control-allow-origin']).toBeUndefined();
    // Refused in the API's error shape, saying what to change.
    expect(ask.statusCode).toBe(403);
    expect(ask.json()).toMatchObject({
      code: 'forbidden_origin',
      detail: `Pages from the origin "${origin}" may not call this API: add it to CORS_ORIGINS`,
    });
    const get = await ctx.app.inject({ url: '/api/companies', headers: { origin } });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    expect(get.headers.vary).toContain('Origin');
  });

  it('answers an OPTIONS that is not a preflight with a JSON 400 saying what one needs', async () => {
    for (const headers of [{}, { origin: 'http://localhost:4200' }]) {
      const res = await ctx.app.inject({ method: 'OPTIONS', url: '/api/companies', headers });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'validation_error',
        detail:
          'OPTIONS is answered only as a CORS preflight: send Origin and Access-Control-Request-Method',
      });
    }
  });

  it('lets an allowed page read the request id, rate-limit headers and Retry-After', async () => {
    const res = await ctx.app.inject({
      url: '/api/companies',
      headers: { origin: 'http://localhost:4200' },
    });
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:4200');
    expect(String(res.headers['access-control-expose-headers']).split(', ')).toEqual(
      expect.arrayContaining(['x-request-id', 'retry-after', 'x-ratelimit-remaining']),
    );
  });

  it('with CORS_ORIGINS=* allows any http(s) origin, still not null', async () => {
    const open = await createTestApp({ env: { CORS_ORIGINS: '*' } });
    try {
      const other = await open.app.inject(preflight('https://anywhere.example', 'PUT'));
      expect(other.headers['access-control-allow-origin']).toBe('https://anywhere.example');
      const sandboxed = await open.app.inject(preflight('null', 'PUT'));
      expect(sandboxed.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});

describe('Host names (DNS rebinding)', () => {
  it.each(['localhost', 'localhost:8000', 'LOCALHOST:80', '127.0.0.1:8000', '[::1]:8000', '[::1]'])(
    'answers Host: %s',
    async (host) => {
      const res = await ctx.app.inject({ url: '/api/health', headers: { host } });
      expect(res.statusCode).toBe(200);
    },
  );

  it.each([
    ['attacker.example:8000', 'attacker.example'],
    ['127.0.0.1.nip.io', '127.0.0.1.nip.io'],
    ['192.168.1.20:8000', '192.168.1.20'],
    ['localhost.attacker.example', 'localhost.attacker.example'],
  ])('refuses Host: %s with a JSON 421 forbidden_host', async (host, name) => {
    const res = await ctx.app.inject({
      url: '/api/companies',
      headers: { host, 'x-request-id': 'rebind-1' },
    });
    expect(res.statusCode).toBe(421);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toEqual({
      detail: `This server does not answer to the host name "${name}": open it at localhost or 127.0.0.1, or add the name to ALLOWED_HOSTS`,
      code: 'forbidden_host',
      request_id: 'rebind-1',
    });
  });

  it('refuses the rebound name before CORS: its preflight is a 421 too', async () => {
    const res = await ctx.app.inject(
      preflight('http://attacker.example:8000', 'DELETE', 'attacker.example:8000'),
    );
    expect(res.statusCode).toBe(421);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a page of the web app under a foreign name as well', async () => {
    const res = await ctx.app.inject({
      url: '/interviews',
      headers: { host: 'attacker.example', accept: 'text/html' },
    });
    expect(res.statusCode).toBe(421);
  });

  it('answers the names in ALLOWED_HOSTS, on any port, and the configured HOST', async () => {
    const named = await createTestApp({
      env: { HOST: '127.0.0.2', ALLOWED_HOSTS: 'tracker.example.com' },
    });
    try {
      for (const host of ['tracker.example.com', 'tracker.example.com:443', '127.0.0.2:8000']) {
        expect((await named.app.inject({ url: '/api/health', headers: { host } })).statusCode).toBe(
          200,
        );
      }
      const other = await named.app.inject({ url: '/api/health', headers: { host: 'x.example' } });
      expect(other.statusCode).toBe(421);
      // Its own pages, under that name, may call the API.
      const own = await named.app.inject(
        preflight('https://tracker.example.com', 'PUT', 'tracker.example.com'),
      );
      expect(own.headers['access-control-allow-origin']).toBe('https://tracker.example.com');
    } finally {
      await named.close();
    }
  });

  it.each([
    [{ HOST: '0.0.0.0', allowedHosts: [] }, undefined],
    [{ HOST: '0.0.0.0', allowedHosts: ['tracker.example.com'] }, ['tracker.example.com']],
    [{ HOST: '127.0.0.1', allowedHosts: true }, undefined],
    [{ HOST: '::1', allowedHosts: [] }, []],
    [{ HOST: 'localhost', allowedHosts: ['a.example'] }, ['a.example']],
  ] as const)('bound to %j serves the loopback names and %j (undefined: any)', (bound, extra) => {
    const served = servedHosts({ host: bound.HOST, allowedHosts: bound.allowedHosts as never });
    expect(served && [...served].sort()).toEqual(
      extra && [...new Set(['localhost', '127.0.0.1', '[::1]', ...extra])].sort(),
    );
  });

  it.each([
    ['localhost:8000', 'localhost'],
    ['[::1]:8000', '[::1]'],
    ['Example.COM.', 'example.com'],
    ['example.com:', 'example.com'],
  ])('reads the name of Host: %s as %s', (header, name) => {
    expect(hostName(header)).toBe(name);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
    ['127.0.0.1.nip.io', false],
  ])('counts %s as loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});

describe('security headers', () => {
  it.each([
    ['/api/health', 'application/json'],
    ['/docs', 'text/html'],
    ['/docs/static/swagger-ui-bundle.js', 'application/javascript'],
    ['/redoc', 'text/html'],
    ['/openapi.json', 'application/json'],
  ])('%s: nosniff, no framing, and the one policy', async (url) => {
    const res = await ctx.app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    // Plain HTTP on loopback: HSTS is for the TLS proxy in front, if any.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('allows scripts from this origin only, and the one inline handler Angular writes', () => {
    expect(CONTENT_SECURITY_POLICY['script-src']).toEqual(["'self'"]);
    // sha256 of this.media='all', the onload of Angular's deferred stylesheet.
    expect(CONTENT_SECURITY_POLICY['script-src-attr']).toEqual([
      "'unsafe-hashes'",
      "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='",
    ]);
  });

  it('sends them on an answer stream too', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/agents/answer-stream',
      payload: { question: 'What is a hash map?' },
    });
    expect(res.headers['content-type']).toBe('text/event-stream');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});

describe('listening beyond loopback', () => {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
  });
  afterAll(async () => database?.close());

  async function warningsWhenListeningOn(host: string, env: Record<string, string> = {}) {
    const lines: { level: number; msg: string }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const config = { ...loadConfig({ HOST: host, ...env }), logLevel: 'warn' as const };
    const app = await buildApp({ config, database, loggerInstance: pino({ level: 'warn' }, sink) });
    try {
      await app.listen({ host, port: 0 });
      return lines.filter((line) => line.level === 40).map((line) => line.msg);
    } finally {
      await app.close();
    }
  }

  it('warns that anyone on the network can read and change the data with AUTH=none', async () => {
    expect(await warningsWhenListeningOn('0.0.0.0', { AUTH: 'none' })).toEqual([
      expect.stringMatching(
        /^listening on a network address with AUTH=none: anyone who can reach this machine can read and change all the data/,
      ),
    ]);
  });

  it('with accounts (the default there) warns only that no owner exists yet', async () => {
    expect(await warningsWhenListeningOn('0.0.0.0')).toEqual([
      expect.stringMatching(
        /^no account exists yet: whoever opens the app first creates the owner/,
      ),
    ]);
  });

  it('says nothing on 127.0.0.1', async () => {
    expect(await warningsWhenListeningOn('127.0.0.1')).toEqual([]);
  });
});
