// Counts for the dashboard, each map filled from one GROUP BY and zero-filled from the enums.
import { and, asc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { createReadCache, maxAgeOn } from '../../db/read-cache.js';
import {
  companies,
  INTERVIEW_RESULTS,
  INTERVIEW_STATUSES,
  interviewRounds,
  interviews,
  QUESTION_CATEGORIES,
  QUESTION_DIFFICULTIES,
  questions,
  roles,
  STAGES,
  type Stage,
  skills,
} from '../../db/schema.js';
import { queryRows } from '../../db/sql.js';
import type { UpcomingRoundsParams } from './stats.schemas.js';

type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
type InterviewResult = (typeof INTERVIEW_RESULTS)[number];
type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];
type QuestionDifficulty = (typeof QUESTION_DIFFICULTIES)[number];

function zeroed<T extends string>(values: readonly T[]): Record<T, number> {
  return Object.fromEntries(values.map((value) => [value, 0])) as Record<T, number>;
}

/** Today's date in UTC as YYYY-MM-DD, the form `date` columns compare with. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * The dashboard's overview counts every row, and dashboards are read far more often than the
 * data changes: the last overview is reused until a write on this instance; on PostgreSQL, for
 * at most this long too (another instance's writes show within it).
 */
export const OVERVIEW_MAX_AGE_MS = 1_000;

export function createStatsService(database: Pick<Database, 'db' | 'soleWriter'>) {
  const { db } = database;
  // One overview per owner: each user counts only their own rows.
  const overviews = createReadCache<Overview>({
    maxAgeMs: maxAgeOn(database, OVERVIEW_MAX_AGE_MS),
    maxEntries: 1_000,
  });

  return {
    overview(owner: OwnerId): Promise<Overview> {
      return overviews.get(String(owner), () => computeOverview(db, owner));
    },

    async upcomingRounds(owner: OwnerId, { limit }: UpcomingRoundsParams) {
      const r = interviewRounds;
      const rows = await db
        .select({
          round_id: r.round_id,
          interview_id: r.interview_id,
          round_number: r.round_number,
          round_name: r.round_name,
          round_type: r.round_type,
          round_status: r.round_status,
          scheduled_date: r.scheduled_date,
          scheduled_time: r.scheduled_time,
          duration_minutes: r.duration_minutes,
          timezone: r.timezone,
          is_virtual: r.is_virtual,
          meeting_platform: r.meeting_platform,
          meeting_link: r.meeting_link,
          physical_location: r.physical_location,
          interviewer_name: r.interviewer_name,
          interviewer_title: r.interviewer_title,
          company_id: interviews.company_id,
          company_name: companies.company_name,
          role_id: interviews.role_id,
          role_name: roles.role_name,
          custom_role_title: interviews.custom_role_title,
        })
        .from(r)
        .innerJoin(interviews, eq(interviews.interview_id, r.interview_id))
        .leftJoin(companies, eq(companies.company_id, interviews.company_id))
        .leftJoin(roles, eq(roles.role_id, interviews.role_id))
        .where(
          and(
            ownedBy(interviews.user_id, owner),
            gte(r.scheduled_date, todayUtc()),
            inArray(r.round_status, ['scheduled', 'rescheduled']),
            // A cancelled (deleted) interview has no upcoming rounds, whatever they still say.
            ne(interviews.interview_status, 'cancelled'),
          ),
        )
        // ASC puts a round without a time after the timed ones on its day.
        .orderBy(asc(r.scheduled_date), asc(r.scheduled_time), asc(r.round_id))
        .limit(limit);
      // The filter above excludes rows without a date; the type system cannot see that.
      return rows.map((row) => ({ ...row, scheduled_date: row.scheduled_date as string }));
    },
  };
}

type Overview = Awaited<ReturnType<typeof computeOverview>>;

/** Every dashboard count in one statement. */
async function computeOverview(db: Db, owner: OwnerId) {
  // One statement: every count is a subquery of the same round trip (PGlite runs one
  // query at a time, so five parallel queries would still queue).
  const [row] = await queryRows<{
    interview_groups: {
      status: InterviewStatus;
      result: InterviewResult;
      stage: Stage;
      n: number;
    }[];
    question_groups: {
      category: QuestionCategory;
      difficulty: QuestionDifficulty;
      n: number;
    }[];
    companies: number;
    roles: number;
    skills: number;
  }>(
    db,
    sql`
    select
      (select coalesce(json_agg(g), '[]'::json) from (
        select ${interviews.interview_status} as status, ${interviews.interview_result} as result,
               ${interviews.stage} as stage, count(*)::int as n
        from ${interviews} where ${ownedBy(interviews.user_id, owner)}
        group by 1, 2, 3) g) as interview_groups,
      (select coalesce(json_agg(g), '[]'::json) from (
        select ${questions.question_category} as category,
               ${questions.question_difficulty} as difficulty, count(*)::int as n
        from ${questions} where ${questions.is_active} and ${ownedBy(questions.user_id, owner)}
        group by 1, 2) g) as question_groups,
      (select count(*)::int from ${companies}
        where ${ownedBy(companies.user_id, owner)}) as companies,
      (select count(*)::int from ${roles} where ${ownedBy(roles.user_id, owner)}) as roles,
      (select count(*)::int from ${skills}
        where ${skills.is_active} and ${ownedBy(skills.user_id, owner)}) as skills`,
  );
  const interviewGroups = row?.interview_groups ?? [];
  const questionGroups = row?.question_groups ?? [];
  const [totalCompanies, totalRoles, totalSkills] = [
    row?.companies ?? 0,
    row?.roles ?? 0,
    row?.skills ?? 0,
  ];

  const byStatus = zeroed(INTERVIEW_STATUSES);
  const byResult = zeroed(INTERVIEW_RESULTS);
  const byStage = zeroed(STAGES);
  let totalInterviews = 0;
  for (const { status, result, stage, n } of interviewGroups) {
    byStatus[status] += n;
    byResult[result] += n;
    byStage[stage] += n;
    totalInterviews += n;
  }
  const byCategory = zeroed(QUESTION_CATEGORIES);
  const byDifficulty = zeroed(QUESTION_DIFFICULTIES);
  let totalQuestions = 0;
  for (const { category, difficulty, n } of questionGroups) {
    byCategory[category] += n;
    byDifficulty[difficulty] += n;
    totalQuestions += n;
  }

  return {
    total_interviews: totalInterviews,
    total_questions: totalQuestions,
    total_companies: totalCompanies,
    total_roles: totalRoles,
    total_skills: totalSkills,
    interviews_by_status: byStatus,
    interviews_by_result: byResult,
    interviews_by_stage: byStage,
    questions_by_category: byCategory,
    questions_by_difficulty: byDifficulty,
  };
}
