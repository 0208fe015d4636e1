// Seeds the run's database below HTTP: bulk inserts through Drizzle with the real schema, in
// batches (one statement per batch keeps a 10,000-interview seed to seconds, where the API's
// one-row-per-request path would take minutes and measure itself instead of the data).
import { sql } from 'drizzle-orm';
import { progressBar } from '../scripts/progress-bar.js';
import type { Db } from '../src/db/database.js';
import {
  companies,
  interviewQuestions,
  interviewRounds,
  interviews,
  questions,
  roles,
  skills,
} from '../src/db/schema.js';
import { MAXIMAL_ROWS, maximalInterview } from './maximal.js';
import { companyRow, interviewRow, linkRows, questionRow, roundRows } from './seed-rows.js';
import { COMPANY_KINDS, COMPANY_STEMS, ROLE_NAMES, randomSource, SKILLS } from './seed-text.js';

export interface Seeded {
  /** Ids of the seeded interviews (not the maximal ones), first to last. */
  interviewIds: { first: number; last: number };
  companyIds: number[];
  roleIds: number[];
  maximalCompanyId: number;
  counts: Record<'companies' | 'questions' | 'interviews' | 'rounds' | 'links', number>;
  seconds: number;
}

// Interviews per batch: with their rounds and links, each statement stays far below
// PostgreSQL's 65,535 bind parameters.
const BATCH = 250;

function companyNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const stem = COMPANY_STEMS[i % COMPANY_STEMS.length];
    const kind = COMPANY_KINDS[Math.floor(i / COMPANY_STEMS.length) % COMPANY_KINDS.length];
    const round = Math.floor(i / (COMPANY_STEMS.length * COMPANY_KINDS.length));
    return round === 0 ? `${stem} ${kind}` : `${stem} ${kind} ${round + 1}`;
  });
}

async function insertInBatches<T>(
  rows: T[],
  size: number,
  insert: (batch: T[]) => Promise<unknown>,
  advance: (n: number) => void,
) {
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    await insert(batch);
    advance(batch.length);
  }
}

export async function seed(db: Db, scale: number): Promise<Seeded> {
  const t0 = performance.now();
  const r = randomSource(20_261_130);
  const questionCount = scale * 2;
  const companyCount = Math.max(1, Math.round(scale / 50));
  const counts = { companies: companyCount, questions: questionCount, interviews: scale };
  const advance = progressBar('seeding', companyCount + questionCount + scale + MAXIMAL_ROWS);

  const companyIds: number[] = [];
  await insertInBatches(
    companyNames(companyCount).map((name) => companyRow(r, name)),
    500,
    async (batch) => {
      const rows = await db.insert(companies).values(batch).returning();
      companyIds.push(...rows.map((row) => row.company_id));
    },
    advance,
  );
  const roleIds = (
    await db
      .insert(roles)
      .values(ROLE_NAMES.map((role_name) => ({ role_name, typical_skills: r.some(SKILLS, 3, 5) })))
      .returning({ id: roles.role_id })
  ).map((row) => row.id);
  await db.insert(skills).values(SKILLS.map((skill_name) => ({ skill_name })));

  const questionIds: number[] = [];
  await insertInBatches(
    Array.from({ length: questionCount }, () => questionRow(r)),
    500,
    async (batch) => {
      const rows = await db
        .insert(questions)
        .values(batch)
        .returning({ id: questions.question_id });
      questionIds.push(...rows.map((row) => row.id));
    },
    advance,
  );

  let rounds = 0;
  let links = 0;
  const interviewIds: number[] = [];
  for (let done = 0; done < scale; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, scale - done) }, () =>
      interviewRow(r, companyIds, roleIds),
    );
    const ids = (
      await db.insert(interviews).values(batch).returning({ id: interviews.interview_id })
    ).map((row) => row.id);
    interviewIds.push(...ids);
    const roundValues = ids.flatMap((id, i) => roundRows(r, id, batch[i] as (typeof batch)[0]));
    const roundsOf = new Map<number, number[]>();
    for (const row of await db
      .insert(interviewRounds)
      .values(roundValues)
      .returning({ id: interviewRounds.round_id, interview: interviewRounds.interview_id })) {
      roundsOf.set(row.interview, [...(roundsOf.get(row.interview) ?? []), row.id]);
    }
    const linkValues = ids.flatMap((id) => linkRows(r, id, roundsOf.get(id) ?? [], questionIds));
    if (linkValues.length) await db.insert(interviewQuestions).values(linkValues);
    rounds += roundValues.length;
    links += linkValues.length;
    advance(batch.length);
  }

  // What the API keeps up to date on every link (times_asked, average_rating), set in one go.
  await db.execute(sql`
    update ${questions} set times_asked = s.n, average_rating = s.mean
    from (
      select question_id, count(*)::int as n,
        round(avg(answer_quality_rating) / 2.0, 2) as mean
      from ${interviewQuestions} group by question_id
    ) as s
    where ${questions.question_id} = s.question_id`);

  const [maximal] = await db
    .insert(companies)
    .values({ company_name: 'Maximal Rows Ltd' })
    .returning({ id: companies.company_id });
  const maximalCompanyId = maximal?.id as number;
  for (let i = 0; i < MAXIMAL_ROWS; i++) {
    await db.insert(interviews).values(maximalInterview(maximalCompanyId, r.pick(roleIds)));
    advance(1);
  }

  // Planner statistics now rather than whenever PostgreSQL's autovacuum gets to them, which
  // would be mid-run; PGlite has no autovacuum at all.
  await db.execute(sql`analyze`);

  return {
    interviewIds: { first: interviewIds[0] ?? 1, last: interviewIds.at(-1) ?? 1 },
    companyIds,
    roleIds,
    maximalCompanyId,
    counts: { ...counts, rounds, links },
    seconds: (performance.now() - t0) / 1000,
  };
}
