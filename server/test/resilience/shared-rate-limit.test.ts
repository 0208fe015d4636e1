// Two real server processes on one PostgreSQL database and one Redis (issue 10, §4.6): the
// agent rate limit is one count for both, so requests split between them are refused with a
// 429 and Retry-After once their sum passes AGENT_RATE_LIMIT, though neither saw that many.
// Needs DATABASE_URL (two processes cannot share a PGlite folder) and REDIS_URL.

import { randomInt } from 'node:crypto';
import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  killAll,
  type ServerProcess,
  startServer,
  type TestDatabase,
} from './child-server.js';

const { DATABASE_URL, REDIS_URL } = process.env;
const missing = [!DATABASE_URL && 'DATABASE_URL', !REDIS_URL && 'REDIS_URL'].filter(Boolean);
if (missing.length > 0) {
  console.info(
    `shared rate limit: skipped, ${missing.join(' and ')} not set (two instances need one PostgreSQL and one Redis)`,
  );
}

const LIMIT = 6;

let database: TestDatabase | undefined;
afterAll(async () => {
  killAll();
  await database?.drop();
});

/**
 * A GET from a loopback address of this run's own (all of 127.0.0.0/8 is this machine): the
 * count is per client address, and Redis keeps earlier runs' counts for a minute.
 */
function getFrom(localAddress: string, url: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const request = http.get(url, { localAddress, agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      });
      request.on('error', reject);
    },
  );
}

describe.skipIf(missing.length > 0)('two instances sharing one agent rate limit', () => {
  it(`refuses requests split across both once together they pass ${LIMIT} a minute`, async () => {
    database = await createTestDatabase();
    const env = { ...database.env, REDIS_URL: REDIS_URL ?? '', AGENT_RATE_LIMIT: `${LIMIT}/min` };
    const servers: ServerProcess[] = await Promise.all([startServer(env), startServer(env)]);
    const client = `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(1, 255)}`;

    const answers = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const server = servers[i % 2] as ServerProcess;
      answers.push(await getFrom(client, `${server.url}/api/agents/available`));
    }

    // Each instance saw four requests, under the limit on its own; together they passed it.
    expect(answers.map((a) => a.status)).toEqual([...Array(LIMIT).fill(200), 429, 429]);
    expect(answers.map((a) => a.headers['x-ratelimit-remaining']).slice(0, LIMIT)).toEqual([
      '5',
      '4',
      '3',
      '2',
      '1',
      '0',
    ]);
    for (const refused of answers.slice(LIMIT)) {
      expect(JSON.parse(refused.body)).toMatchObject({
        code: 'rate_limited',
        detail: expect.stringMatching(/^Too many requests to the agents: at most 6 per minute/),
      });
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }

    // The rest of the API is not counted.
    const other = await getFrom(client, `${servers[1]?.url}/api/companies`);
    expect(other.status).toBe(200);
  });
});
