// Statements prepared once per shape on the database the suite runs on (PGlite, or PostgreSQL
// with DATABASE_URL): values go through placeholders, so one prepared statement answers every
// request of its shape with that request's rows, and shapes past the cap still answer.
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app.js';
import { companies } from './schema.js';
import { createShapedStatements, literalLimit, MAX_SHAPES } from './shaped-statements.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
  await ctx.database.db.insert(companies).values(
    ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'].map((company_name, i) => ({
      company_name,
      industry: i % 2 === 0 ? 'software' : 'retail',
    })),
  );
});
afterAll(() => ctx.close());

function namesStatements() {
  const db = ctx.database.db;
  return createShapedStatements('test_names', (shape: { industry: boolean; limit: number }) =>
    db
      .select({ name: companies.company_name })
      .from(companies)
      .where(shape.industry ? eq(companies.industry, sql.placeholder('industry')) : undefined)
      .orderBy(asc(companies.company_name))
      .limit(literalLimit(shape.limit)),
  );
}

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe('shaped statements', () => {
  it("answers each request of one shape with that request's values", async () => {
    const statements = namesStatements();
    const software = await statements.execute(
      { industry: true, limit: 10 },
      { industry: 'software' },
    );
    const retail = await statements.execute({ industry: true, limit: 10 }, { industry: 'retail' });
    expect(names(software)).toEqual(['Acme', 'Hooli', 'Initech']);
    expect(names(retail)).toEqual(['Globex', 'Umbrella']);
    expect(statements.size).toBe(1);
  });

  it('writes the page size into the statement, one statement per size', async () => {
    const statements = namesStatements();
    expect(names(await statements.execute({ industry: false, limit: 2 }, {}))).toEqual([
      'Acme',
      'Globex',
    ]);
    expect(names(await statements.execute({ industry: false, limit: 4 }, {}))).toHaveLength(4);
    expect(statements.size).toBe(2);
    expect(() => literalLimit(2.5)).toThrow(RangeError);
    expect(() => literalLimit(-1)).toThrow(RangeError);
  });

  it('runs shapes past the cap unprepared, with the same answers', async () => {
    const statements = namesStatements();
    for (let limit = 1; limit <= MAX_SHAPES + 3; limit++) {
      const rows = await statements.execute({ industry: true, limit }, { industry: 'software' });
      expect(rows).toHaveLength(Math.min(limit, 3));
    }
    expect(statements.size).toBe(MAX_SHAPES);
  });
});
