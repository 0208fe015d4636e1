import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { appliedOn, stageEvents, stageStep } from '../../db/interview-events.js';
import { type OwnerId, ownedBy, ownsInterview } from '../../db/owner.js';
import {
  companies,
  interviewEvents,
  interviewQuestions,
  interviewRounds,
  interviews,
  type QUESTION_CATEGORIES,
  questions,
  type Stage,
  stageLabels,
} from '../../db/schema.js';
import { queryRows } from '../../db/sql.js';
import type { FunnelParams } from './pipeline.schemas.js';

/** One interview as the funnel sees it. */
export interface FunnelRow {
  company_id: number | null;
  company_name: string | null;
  referral_source: string | null;
  /** 0 wishlist … 5 accepted: the furthest step its history reached. */
  furthest: number;
  has_rounds: boolean;
  days_to_first_round: number | null;
  days_first_to_last_round: number | null;
}

function funnelWhere(owner: OwnerId, query: FunnelParams): SQL | undefined {
  return and(
    ownedBy(interviews.user_id, owner),
    query.company_id !== undefined ? eq(interviews.company_id, query.company_id) : undefined,
    query.role_id !== undefined ? eq(interviews.role_id, query.role_id) : undefined,
    query.interview_type !== undefined
      ? eq(interviews.interview_type, query.interview_type)
      : undefined,
    query.date_from ? sql`${appliedOn} >= ${query.date_from}` : undefined,
    query.date_to ? sql`${appliedOn} <= ${query.date_to}` : undefined,
  );
}

export function createPipelineRepository(db: Db) {
  return {
    interviewExists: (owner: OwnerId, interviewId: number) => ownsInterview(db, owner, interviewId),

    /** The interview's events, oldest first (one transaction's events in the order written). */
    timeline(interviewId: number) {
      return db
        .select({
          event_id: interviewEvents.event_id,
          interview_id: interviewEvents.interview_id,
          round_id: interviewEvents.round_id,
          entity: interviewEvents.entity,
          field: interviewEvents.field,
          from_value: interviewEvents.from_value,
          to_value: interviewEvents.to_value,
          occurred_at: interviewEvents.occurred_at,
        })
        .from(interviewEvents)
        .where(eq(interviewEvents.interview_id, interviewId))
        .orderBy(asc(interviewEvents.occurred_at), asc(interviewEvents.event_id));
    },

    labels(owner: OwnerId) {
      return db
        .select({ stage: stageLabels.stage, label: stageLabels.label })
        .from(stageLabels)
        .where(ownedBy(stageLabels.user_id, owner));
    },

    /** Sets (or, with null, removes) the owner's names for the given stages, all or none. */
    async setLabels(owner: OwnerId, labels: [Stage, string | null][]): Promise<void> {
      await db.transaction(async (tx) => {
        for (const [stage, label] of labels) {
          await tx
            .delete(stageLabels)
            .where(and(ownedBy(stageLabels.user_id, owner), eq(stageLabels.stage, stage)));
          if (label !== null) await tx.insert(stageLabels).values({ user_id: owner, stage, label });
        }
      });
    },

    /** Every matching interview with what the funnel needs, in one statement. */
    funnelRows(owner: OwnerId, query: FunnelParams): Promise<FunnelRow[]> {
      const r = interviewRounds;
      const firstRound = sql`coalesce((select min(${r.scheduled_date}) from ${r}
        where ${r.interview_id} = ${interviews.interview_id}), ${interviews.first_interview_date})`;
      const lastRound = sql`coalesce((select max(${r.scheduled_date}) from ${r}
        where ${r.interview_id} = ${interviews.interview_id}), ${interviews.final_interview_date})`;
      return queryRows<FunnelRow>(
        db,
        sql`select ${interviews.company_id} as company_id, ${companies.company_name} as company_name,
          ${interviews.referral_source} as referral_source,
          greatest(${stageStep(interviews.stage)}, (
            select max(${stageStep(interviewEvents.to_value)}) from ${interviewEvents}
            where ${stageEvents(interviews.interview_id)}))::int as furthest,
          exists (select from ${r} where ${r.interview_id} = ${interviews.interview_id}) as has_rounds,
          (${firstRound} - ${appliedOn})::int as days_to_first_round,
          (${lastRound} - ${firstRound})::int as days_first_to_last_round
        from ${interviews}
        left join ${companies} on ${companies.company_id} = ${interviews.company_id}
        where ${funnelWhere(owner, query)}`,
      );
    },

    /** Mean answer rating (0-5 scale) by question category over the matching interviews. */
    ratingsByCategory(owner: OwnerId, query: FunnelParams) {
      const iq = interviewQuestions;
      return queryRows<{
        question_category: (typeof QUESTION_CATEGORIES)[number];
        average_rating: number;
        ratings: number;
      }>(
        db,
        sql`select ${questions.question_category} as question_category,
          round(avg(${iq.answer_quality_rating}) / 2.0, 2)::float8 as average_rating,
          count(*)::int as ratings
        from ${iq}
        join ${interviews} on ${interviews.interview_id} = ${iq.interview_id}
        join ${questions} on ${questions.question_id} = ${iq.question_id}
        where ${iq.answer_quality_rating} is not null and ${funnelWhere(owner, query)}
        group by 1 order by 1`,
      );
    },
  };
}
