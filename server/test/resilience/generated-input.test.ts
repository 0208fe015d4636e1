// Generated input over every operation of the OpenAPI document (issue 10, §4.1): fast-check
// builds requests from each operation's own parameter and body schemas, valid, mutated and
// hostile, and sends them through app.inject(). For every answer: no 5xx; the status is one the
// operation declares and the body matches that status's schema (compiled with Ajv from the same
// document); every rejection is a JSON 4xx with a `detail`; and a rejected write leaves every
// table exactly as it was. Runs on PGlite, or PostgreSQL when DATABASE_URL is set.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/http/errors.js';
import {
  linkQuestion,
  makeCompany,
  makeInterview,
  makeQuestion,
  makeRole,
  makeRound,
  makeSkill,
} from '../factories.js';
import { createTestApp, parseSse } from '../test-app.js';
import {
  BODY_LIMIT,
  describeRequest,
  type GeneratedRequest,
  type OpenApiOperation,
  type Operation,
  requestsFor,
} from './generated-requests.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** At least this many requests in all (issue 10 asks for 5,000 over every operation). */
const MIN_REQUESTS = 5_000;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const ctx = await createTestApp();
afterAll(() => ctx.close());
const { app, database } = ctx;
type Document = {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: unknown;
};
const document = app.swagger() as unknown as Document;

const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ ...operation, method, path })),
);

/** Runs per operation: more where there is more input to vary. */
function runsFor(operation: Operation): number {
  if (operation.requestBody) return 200;
  if (operation.parameters?.length) return 100;
  return 25;
}

// Rows for generated ids to find: a few of each, linked to each other.
const known: Record<string, string[]> = {};
{
  const companies = [await makeCompany(app), await makeCompany(app)];
  const roles = [await makeRole(app), await makeRole(app)];
  await makeSkill(app);
  const questions = [await makeQuestion(app), await makeQuestion(app)];
  for (const [i, company] of companies.entries()) {
    const interview = await makeInterview(app, {
      company_id: company.company_id,
      role_id: roles[i]?.role_id,
    });
    const round = await makeRound(app, interview.interview_id as number);
    for (const question of questions) {
      await linkQuestion(app, interview.interview_id as number, question.question_id as number, {
        round_id: round.round_id,
      });
    }
  }
  const pack = (await app.inject({ url: '/api/starter-pack?limit=5' })).json() as {
    data: { id: string }[];
  };
  known.entry_id = pack.data.map((entry) => entry.id);
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();
/** The validator of one response schema; its `$ref`s resolve inside the same document. */
function validatorFor(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ allOf: [schema], components: document.components });
    validators.set(key, validate);
  }
  return validate;
}

// A fingerprint of every table: where each row version lives and which transaction wrote it.
// Any committed insert, update or delete changes it; reading the rows' text instead would cost
// more with every accepted write.
const tables = (
  (await database.db.execute(
    sql`select table_name from information_schema.tables
        where table_schema = 'interview_schema' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows: { table_name: string }[] }
).rows.map((row) => row.table_name);
const fingerprintSql = sql.raw(
  `select ${tables
    .map(
      (t) =>
        `(select count(*) || ':' || md5(coalesce(string_agg(ctid::text || xmin::text, ',' order by ctid), '')) from interview_schema."${t}")`,
    )
    .join(` || ',' || `)} as fingerprint`,
);
async function fingerprint(): Promise<string> {
  const result = (await database.db.execute(fingerprintSql)) as unknown as {
    rows: { fingerprint: string }[];
  };
  return result.rows[0]?.fingerprint ?? '';
}

const statuses = new Map<string, number>();
let sent = 0;

async function check(operation: Operation, request: GeneratedRequest, before?: string) {
  const response = await app.inject(request);
  sent++;
  const { statusCode: status, body } = response;
  const key = `${status}`;
  statuses.set(key, (statuses.get(key) ?? 0) + 1);
  const fail = (why: string) => {
    throw new Error(
      `${operation.operationId}: ${why}\n${describeRequest(request)}\n→ ${status} ${body.slice(0, 600)}`,
    );
  };

  if (status >= 500) fail('a 5xx');
  const oversized = Buffer.byteLength(request.payload ?? '') > BODY_LIMIT;
  const declared = operation.responses[key];
  if (!declared && !(status === 413 && oversized)) fail(`status ${status} is not declared`);

  const contentType = String(response.headers['content-type'] ?? '');
  if (status >= 400) {
    if (!contentType.startsWith('application/json')) fail('an error that is not JSON');
    const error = response.json() as Record<string, unknown>;
    if (typeof error.detail !== 'string' || error.detail.trim() === '') fail('no detail');
    if (!(ERROR_CODES as readonly string[]).includes(error.code as string)) fail('unknown code');
  }
  const content = declared?.content ?? {};
  if (status === 204) {
    if (body !== '') fail('a 204 with a body');
  } else if (content['text/event-stream']) {
    if (!contentType.startsWith('text/event-stream')) fail(`content-type ${contentType}`);
    parseSse(body); // validates each event against AgentStreamEvent
  } else if (content['application/json'] && contentType.startsWith('application/json')) {
    const validate = validatorFor(content['application/json'].schema);
    if (!validate(response.json())) fail(`body does not match: ${ajv.errorsText(validate.errors)}`);
  } else if (declared) {
    // Another declared type (text/calendar, text/csv): the answer must say it is that.
    const types = Object.keys(content);
    if (!types.some((type) => contentType.startsWith(type))) {
      fail(`content-type ${contentType} is not what the document declares`);
    }
  }

  if (before !== undefined && status >= 400) {
    const after = await fingerprint();
    if (after !== before) fail('a rejected write changed the database');
  }
}

describe('generated input over every operation', () => {
  it(`plans at least ${MIN_REQUESTS} requests over every operation`, () => {
    expect(operations.length).toBeGreaterThan(40);
    const planned = operations.reduce((sum, operation) => sum + runsFor(operation), 0);
    expect(planned).toBeGreaterThanOrEqual(MIN_REQUESTS);
  });

  it('sees a write in the fingerprint (or the rejected-write check would prove nothing)', async () => {
    const before = await fingerprint();
    await makeSkill(app);
    expect(await fingerprint()).not.toBe(before);
  });

  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    '%s',
    async (_id, operation) => {
      await fc.assert(
        fc.asyncProperty(requestsFor(operation, known), async (request) => {
          const before = WRITES.has(request.method) ? await fingerprint() : undefined;
          await check(operation, request, before);
        }),
        { numRuns: runsFor(operation) },
      );
    },
  );
});

afterAll(() => {
  const histogram = [...statuses].sort().map(([status, n]) => `${status}: ${n}`);
  console.info(`generated input: ${sent} requests; ${histogram.join(', ')}`);
});
