// The error renderer against the real database: every SQLSTATE it maps to a 4xx is provoked
// for real (on PGlite, and on PostgreSQL when DATABASE_URL is set), and each rendered status
// comes from the one status table.
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app.js';
import type { Db } from '../db/database.js';
import { companies, interviews } from '../db/schema.js';
import {
  DATABASE_REJECTIONS,
  findPgError,
  isDatabaseUnavailable,
  loggable,
} from './error-handler.js';
import { AppError, ERROR_CODES, ERROR_STATUS } from './errors.js';

interface Probe {
  /** Writes or queries that break one database rule, bypassing the services' own checks. */
  run(db: Db): Promise<unknown>;
  /** SQLSTATEs the probe may raise: PGlite and PostgreSQL differ for NUL characters. */
  sqlstates: string[];
  code: string;
  detail: RegExp;
}

const raw = (db: Db, statement: SQL) => db.execute(statement);

const PROBES: Record<string, Probe> = {
  'unique name': {
    async run(db) {
      await db.insert(companies).values({ company_name: 'Probe Twice' });
      await db.insert(companies).values({ company_name: 'probe twice' });
    },
    sqlstates: ['23505'],
    code: 'conflict',
    detail: /^A record with these values already exists \(companies_company_name_lower_key\)$/,
  },
  'missing reference': {
    run: (db) => db.insert(interviews).values({ company_id: 2_000_000, seniority_level: 'senior' }),
    sqlstates: ['23503'],
    code: 'conflict',
    detail: /^A referenced record does not exist or is still in use \(.*company_id.*\)$/,
  },
  'null in a required column': {
    run: (db) => raw(db, sql`insert into interview_schema.companies (company_name) values (null)`),
    sqlstates: ['23502'],
    code: 'validation_error',
    detail: /^company_name must not be null$/,
  },
  'check constraint': {
    run: (db) =>
      db.insert(interviews).values({ seniority_level: 'senior', required_experience_years: 99 }),
    sqlstates: ['23514'],
    code: 'validation_error',
    detail: /^A value is out of the allowed range \(.*required_experience_years.*\)$/,
  },
  'text longer than its column': {
    run: (db) => db.insert(companies).values({ company_name: 'x'.repeat(201) }),
    sqlstates: ['22001'],
    code: 'validation_error',
    detail: /^A value is longer than its field allows$/,
  },
  'number out of range': {
    run: (db) =>
      db.insert(interviews).values({ seniority_level: 'senior', time_spent_preparing_hours: 1e6 }),
    sqlstates: ['22003'],
    code: 'validation_error',
    detail: /^A number is out of range$/,
  },
  'NUL in text': {
    run: (db) => db.insert(companies).values({ company_name: 'Nul\u0000Company' }),
    sqlstates: ['22021', '22P05'],
    code: 'validation_error',
    detail: /^Text must not contain NUL \(\\u0000\) characters$/,
  },
  'NUL escape in JSON': {
    run: (db) => raw(db, sql`select ${'"\\u0000"'}::jsonb ->> 0`),
    sqlstates: ['22P05'],
    code: 'validation_error',
    detail: /^Text must not contain NUL/,
  },
  'malformed date': {
    run: (db) => raw(db, sql`select ${'next tuesday-ish'}::date`),
    sqlstates: ['22007'],
    code: 'validation_error',
    detail: /^A value has an invalid format$/,
  },
  'date out of range': {
    run: (db) => raw(db, sql`select ${'2024-13-45'}::date`),
    sqlstates: ['22008'],
    code: 'validation_error',
    detail: /^A value has an invalid format$/,
  },
  'malformed number': {
    run: (db) => raw(db, sql`select ${'twelve'}::integer`),
    sqlstates: ['22P02'],
    code: 'validation_error',
    detail: /^A value has an invalid format$/,
  },
};

let ctx: TestContext;
const raised: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestApp({
    extend(app) {
      app.post<{ Params: { probe: string } }>('/test/probe/:probe', async (request) => {
        const probe = PROBES[request.params.probe];
        if (!probe) throw new Error('unknown probe');
        try {
          await probe.run(ctx.database.db);
        } catch (error) {
          raised[request.params.probe] = findPgError(error)?.code ?? 'none';
          throw error;
        }
        return { ok: true };
      });
      app.get<{ Params: { code: string } }>('/test/app-error/:code', async (request) => {
        throw new AppError(request.params.code as never, `probe ${request.params.code}`);
      });
      app.get('/test/bug', async () => {
        throw new TypeError('secret internals');
      });
    },
  });
});
afterAll(async () => ctx?.close());

describe('database rejections become 4xx responses', () => {
  it.each(Object.keys(PROBES))('%s', async (name) => {
    const probe = PROBES[name] as Probe;
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/test/probe/${encodeURIComponent(name)}`,
    });
    expect(probe.sqlstates).toContain(raised[name]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      detail: expect.stringMatching(probe.detail),
      code: probe.code,
      request_id: expect.any(String),
    });
  });

  it('has a probe for every mapped SQLSTATE', () => {
    const probed = new Set(Object.values(PROBES).flatMap((p) => p.sqlstates));
    expect([...probed].sort()).toEqual(Object.keys(DATABASE_REJECTIONS).sort());
  });
});

describe('every error code renders with its one status', () => {
  it.each(ERROR_CODES.filter((code) => code !== 'internal_error'))('%s', async (code) => {
    const res = await ctx.app.inject({ url: `/test/app-error/${code}` });
    expect(res.statusCode).toBe(ERROR_STATUS[code]);
    expect(res.json()).toMatchObject({ detail: `probe ${code}`, code });
  });

  it('masks an unexpected error as a 500 without its message', async () => {
    const res = await ctx.app.inject({ url: '/test/bug' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ detail: 'Internal server error', code: 'internal_error' });
    expect(res.body).not.toContain('secret');
  });

  it('answers a body over the 1 MB limit with 413 payload_too_large', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/companies',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ company_name: 'Big', company_description: 'x'.repeat(1_100_000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large' });
  });
});

describe('what the log keeps of an error', () => {
  it('keeps a failed query to its SQL and parameter count, never the user text', () => {
    const secret = 'x'.repeat(1_000_000);
    const entry = loggable({
      query: 'insert into "interview_schema"."companies" ("company_name") values ($1)',
      params: [secret],
      cause: { code: '22001', message: 'value too long for type character varying(200)' },
    });
    expect(JSON.stringify(entry).length).toBeLessThan(1_000);
    expect(entry).toMatchObject({
      type: 'DatabaseQueryError',
      params: 1,
      cause: { code: '22001' },
    });
  });

  it('tells an unreachable database from a bug', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnavailable({ message: 'wrapped', cause: { code: '57P01' } })).toBe(true);
    expect(isDatabaseUnavailable(new Error('PGlite is closed'))).toBe(true);
    // node-postgres's connect timeout, wrapped by Drizzle (found by the database-outage test).
    expect(
      isDatabaseUnavailable({
        message: 'Failed query: select 1\nparams: ',
        query: 'select 1',
        params: [],
        cause: new Error('timeout expired'),
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable(new TypeError('undefined is not a function'))).toBe(false);
  });
});
