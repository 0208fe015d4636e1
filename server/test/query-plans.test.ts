// EXPLAIN evidence that an index serves each list and search query shape, on the database the
// suite runs on (PGlite, or PostgreSQL with DATABASE_URL). With sequential scans disabled, a
// query that no index can serve still plans as a sequential scan: so a plan naming the index
// proves the index fits the query. (At a few thousand rows the planner rightly prefers reading
// the table; `npm run bench` shows the plans it picks at scale.)
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interviews, questions, users } from '../src/db/schema.js';
import { queryRows } from '../src/db/sql.js';
import { createTestApp, type TestContext } from './test-app.js';

let ctx: TestContext;
const WORDS = ['cache', 'queue', 'index', 'shard', 'replica', 'latency', 'token', 'graph'];

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  // Enough rows that reading them all costs more than an index lookup.
  for (let batch = 0; batch < 5; batch++) {
    await db.insert(questions).values(
      Array.from({ length: 1_000 }, (_, i) => {
        const n = batch * 1_000 + i;
        return {
          question_text: `Question ${n} about ${WORDS[n % WORDS.length]} number ${n * 7919}`,
          question_context: `Context ${n}`,
          question_category: 'technical' as const,
          tags: [WORDS[n % WORDS.length] as string, `t${n % 50}`],
        };
      }),
    );
    await db.insert(interviews).values(
      Array.from({ length: 1_000 }, (_, i) => ({
        seniority_level: 'senior' as const,
        interview_status: (i % 5 === 0 ? 'completed' : 'scheduled') as 'completed' | 'scheduled',
        stage: (i % 7 === 0 ? 'screening' : 'applied') as 'screening' | 'applied',
      })),
    );
  }
  // Half the interviews belong to an account, so that plans under `user_id = 1` read real rows.
  const [user] = await db
    .insert(users)
    .values({ email: 'plans@example.com', password_hash: 'not a hash' })
    .returning({ id: users.user_id });
  await db.execute(sql`update ${interviews} set user_id = ${user?.id} where interview_id % 2 = 0`);
  await db.execute(sql`analyze`);
}, 120_000);
afterAll(async () => ctx?.close());

/** Every index a plan reads, from EXPLAIN (FORMAT JSON). */
async function indexesUsed(query: string): Promise<string[]> {
  return (await planOf(query)).indexes;
}

/** The indexes a plan reads and the kinds of its nodes (a `Sort` means no index gave the order). */
async function planOf(
  query: string,
  { prepared }: { prepared?: string } = {},
): Promise<{ indexes: string[]; nodes: string[] }> {
  const [row] = await ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    if (!prepared) {
      return queryRows<{ 'QUERY PLAN': unknown }>(
        tx as never,
        sql.raw(`explain (format json) ${query}`),
      );
    }
    // The plan PostgreSQL would keep for every execution of a prepared statement.
    await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
    await tx.execute(sql.raw(`prepare plan_probe as ${prepared}`));
    try {
      return await queryRows<{ 'QUERY PLAN': unknown }>(
        tx as never,
        sql.raw(`explain (format json) execute plan_probe${query}`),
      );
    } finally {
      await tx.execute(sql`deallocate plan_probe`);
    }
  });
  const names: string[] = [];
  const nodes: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record['Index Name'] === 'string') names.push(record['Index Name']);
    if (typeof record['Node Type'] === 'string') nodes.push(record['Node Type']);
    for (const value of Object.values(record)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') walk(value);
    }
  };
  const plan = row?.['QUERY PLAN'];
  walk(typeof plan === 'string' ? JSON.parse(plan) : plan);
  return { indexes: names, nodes };
}

const Q = 'interview_schema.questions';
const I = 'interview_schema.interviews';

describe('query plans', () => {
  it('question search by substring uses the trigram indexes on text and context', async () => {
    const used = await indexesUsed(
      `select count(*) from ${Q} where question_text ilike '%number 791%' or question_context ilike '%number 791%'`,
    );
    expect(used).toEqual(
      expect.arrayContaining(['questions_text_trgm_idx', 'questions_context_trgm_idx']),
    );
  });

  it('a tag filter uses the GIN index on tags', async () => {
    const used = await indexesUsed(
      `select question_id from ${Q} where tags @> array['t7'] order by created_at desc, question_id desc limit 20`,
    );
    expect(
      used.some((name) => name === 'questions_tags_idx' || name === 'questions_active_created_idx'),
    ).toBe(true);
  });

  it('the default interview list walks the created_at index for its order', async () => {
    const used = await indexesUsed(
      `select interview_id from ${I} order by created_at desc nulls last, interview_id desc limit 20`,
    );
    expect(used).toContain('interviews_created_at_idx');
  });

  // created_at is NOT NULL, so the list orders it without `nulls last` and an index gives the
  // order: a user's own index under `user_id = 1`; under `user_id is null` (no accounts) an
  // index led by user_id cannot, and the plain created_at index does.
  it.each([
    ['user_id = 1', 'interviews_user_created_at_idx'],
    ['user_id is null', 'interviews_created_at_idx'],
  ])("one owner's interview list (%s) walks %s without sorting", async (owner, index) => {
    const plan = await planOf(
      `select interview_id from ${I} where ${owner} order by created_at desc, interview_id desc limit 20`,
    );
    expect(plan.indexes).toEqual([index]);
    expect(plan.nodes).not.toContain('Sort');
  });

  it.each([
    ['user_id is null', 'asc nulls last', 'interviews_company_sort_asc_idx', 'asc'],
    ['user_id is null', 'desc nulls last', 'interviews_company_sort_desc_idx', 'desc'],
    ['user_id = 1', 'asc nulls last', 'interviews_user_company_sort_asc_idx', 'asc'],
    ['user_id = 1', 'desc nulls last', 'interviews_user_company_sort_desc_idx', 'desc'],
  ])(
    'the interview list by company name (%s, %s) walks %s without sorting',
    async (owner, direction, index, idDirection) => {
      const plan = await planOf(
        `select interview_id from ${I} where ${owner} order by company_sort ${direction}, interview_id ${idDirection} limit 20`,
      );
      expect(plan.indexes).toEqual([index]);
      expect(plan.nodes).not.toContain('Sort');
    },
  );

  // Lists run as prepared statements (src/db/shaped-statements.ts) with the owner and the
  // filters as parameters, and PostgreSQL may keep one generic plan, made without their values:
  // that plan must walk the same index.
  it.each([
    ['user_id = $1', '(1)', 'interviews_user_company_sort_asc_idx'],
    ['user_id is null', '', 'interviews_company_sort_asc_idx'],
  ])(
    'the prepared list by company name (%s) keeps its index walk in a generic plan',
    async (owner, args, index) => {
      const plan = await planOf(args, {
        prepared: `select interview_id from ${I} where ${owner} order by company_sort asc nulls last, interview_id asc limit 20`,
      });
      expect(plan.indexes).toEqual([index]);
      expect(plan.nodes).not.toContain('Sort');
    },
  );

  it("one owner's question bank uses the owner's index", async () => {
    const used = await indexesUsed(
      `select question_id from ${Q} where user_id = 1 and is_active order by created_at desc nulls last, question_id desc limit 20`,
    );
    expect(used).toContain('questions_user_active_created_idx');
  });

  it('a status filter uses the status index', async () => {
    const used = await indexesUsed(
      `select interview_id from ${I} where interview_status = 'completed' order by interview_id desc limit 20`,
    );
    expect(used).toContain('interviews_status_idx');
  });

  // Under `user_id is null` the planner may as well walk the created_at index and filter: both
  // give the order, which is what matters.
  it.each([
    ['user_id = 1', ['interviews_stage_user_created_at_idx']],
    ['user_id is null', ['interviews_stage_user_created_at_idx', 'interviews_created_at_idx']],
  ])(
    "one owner's list filtered by stage (%s) walks an index without sorting",
    async (owner, indexes) => {
      const plan = await planOf(
        `select interview_id from ${I} where stage = 'screening' and ${owner} order by created_at desc, interview_id desc limit 20`,
      );
      expect(plan.indexes).toHaveLength(1);
      expect(indexes).toContain(plan.indexes[0]);
      expect(plan.nodes).not.toContain('Sort');
    },
  );

  it('the list sorted by stage walks the stage index without sorting', async () => {
    const plan = await planOf(
      `select interview_id from ${I} where user_id = 1 order by stage asc, interview_id asc limit 20`,
    );
    expect(plan.indexes).toEqual(['interviews_stage_idx']);
    expect(plan.nodes).not.toContain('Sort');
  });
});
