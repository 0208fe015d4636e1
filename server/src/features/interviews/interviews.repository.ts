import {
  and,
  asc,
  count,
  eq,
  getTableColumns,
  inArray,
  isNull,
  not,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import {
  appliedOn,
  everAt,
  interviewChanged,
  interviewCreated,
  interviewDeleted,
  lockInterview,
  stagesReaching,
} from '../../db/interview-events.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { countAsked, refreshRating } from '../../db/question-stats.js';
import { createListTotals } from '../../db/read-cache.js';
import {
  companies,
  interviewQuestions,
  interviewRounds,
  interviews,
  roles,
} from '../../db/schema.js';
import { clippedText, matchesAny, totalOrder } from '../../db/sql.js';
import type { InterviewListParams } from './interviews.schemas.js';

export type InterviewInsert = typeof interviews.$inferInsert;

// company_sort is the list's sort key, not part of the API.
const { company_sort: _sortKey, ...interviewColumns } = getTableColumns(interviews);

const rowColumns = {
  ...interviewColumns,
  company_name: companies.company_name,
  role_name: roles.role_name,
};

/** A list row: long notes cut (the detail has them whole). */
const listColumns = {
  ...rowColumns,
  ...clippedText(
    {
      job_description: interviews.job_description,
      overall_feedback: interviews.overall_feedback,
      strengths: interviews.strengths,
      areas_for_improvement: interviews.areas_for_improvement,
      offer_details: interviews.offer_details,
      preparation_notes: interviews.preparation_notes,
      resources_used: interviews.resources_used,
      cv_content: interviews.cv_content,
    },
    { cv_highlights: interviews.cv_highlights },
  ),
};

const SORT_KEYS = {
  created_at: interviews.created_at,
  application_date: interviews.application_date,
  first_interview_date: interviews.first_interview_date,
  // Company names are unique case-insensitively, so they sort that way too: company_sort is
  // lower(company_name), kept on the interview so that an index gives this order.
  company_name: interviews.company_sort,
  // A PostgreSQL enum sorts in its declared order, which is the order the contract asks for.
  interview_status: interviews.interview_status,
  stage: interviews.stage,
} satisfies Record<InterviewListParams['sort_by'], PgColumn>;

function where(owner: OwnerId, query: InterviewListParams): SQL | undefined {
  const conditions: (SQL | undefined)[] = [ownedBy(interviews.user_id, owner)];
  if (query.company_id !== undefined) conditions.push(eq(interviews.company_id, query.company_id));
  if (query.role_id !== undefined) conditions.push(eq(interviews.role_id, query.role_id));
  if (query.interview_type !== undefined)
    conditions.push(eq(interviews.interview_type, query.interview_type));
  if (query.interview_status !== undefined)
    conditions.push(eq(interviews.interview_status, query.interview_status));
  if (query.interview_result !== undefined)
    conditions.push(eq(interviews.interview_result, query.interview_result));
  if (query.seniority_level !== undefined)
    conditions.push(eq(interviews.seniority_level, query.seniority_level));
  if (query.is_remote !== undefined) conditions.push(eq(interviews.is_remote, query.is_remote));
  if (query.stage?.length) conditions.push(inArray(interviews.stage, query.stage));
  if (query.reached_stage) conditions.push(everAt(stagesReaching(query.reached_stage)));
  if (query.date_from) conditions.push(sql`${appliedOn} >= ${query.date_from}`);
  if (query.date_to) conditions.push(sql`${appliedOn} <= ${query.date_to}`);
  if (query.referral_source !== undefined) {
    conditions.push(
      query.referral_source === ''
        ? isNull(interviews.referral_source)
        : eq(interviews.referral_source, query.referral_source),
    );
  }
  if (query.has_rounds !== undefined) {
    const rounds = sql`exists (select from ${interviewRounds}
      where ${interviewRounds.interview_id} = ${interviews.interview_id})`;
    conditions.push(query.has_rounds ? rounds : not(rounds));
  }
  if (query.search) {
    conditions.push(
      matchesAny(
        query.search,
        companies.company_name,
        interviews.custom_role_title,
        roles.role_name,
      ),
    );
  }
  return and(...conditions);
}

function orderBy(query: InterviewListParams): SQL[] {
  return totalOrder(SORT_KEYS[query.sort_by], interviews.interview_id, query.order);
}

export function createInterviewsRepository(db: Db) {
  // The detail with everything it embeds, in one statement (lateral JSON subqueries built by
  // Drizzle's relational query), prepared once: no SQL building or planning per request.
  const detail = db.query.interviews
    .findFirst({
      // The owner as a parameter: NULL (AUTH=none) must match NULL, which `=` never does. The
      // primary key finds the row; the owner only has to agree with it.
      where: and(
        eq(interviews.interview_id, sql.placeholder('id')),
        sql`${interviews.user_id} is not distinct from ${sql.placeholder('owner')}`,
      ),
      columns: { company_sort: false },
      with: {
        company: true,
        role: true,
        rounds: {
          orderBy: [asc(interviewRounds.round_number), asc(interviewRounds.round_id)],
        },
        links: {
          orderBy: [
            sql`${interviewQuestions.order_asked} asc nulls last`,
            asc(interviewQuestions.interview_question_id),
          ],
          with: {
            question: {
              columns: { question_text: true, question_category: true, question_difficulty: true },
            },
          },
        },
      },
    })
    .prepare('interview_detail');

  const totals = createListTotals();

  const selectRows = () =>
    db
      .select(rowColumns)
      .from(interviews)
      .leftJoin(companies, eq(companies.company_id, interviews.company_id))
      .leftJoin(roles, eq(roles.role_id, interviews.role_id));

  return {
    /**
     * One page in two steps: the page's ids, sorted over narrow rows (an index walk for every
     * sort key), then the full rows of those ids only; selecting the long text columns while
     * sorting would cut and measure every matching row's notes, not the page's 20. The total
     * counts every matching row, so it is reused while the data has not changed (a user pages
     * through the same filter), and not counted at all when the first page holds every row.
     */
    async list(owner: OwnerId, query: InterviewListParams) {
      const condition = where(owner, query);
      const page = db
        .select({ id: interviews.interview_id })
        .from(interviews)
        .leftJoin(companies, eq(companies.company_id, interviews.company_id))
        .leftJoin(roles, eq(roles.role_id, interviews.role_id))
        .where(condition)
        .orderBy(...orderBy(query))
        .offset(query.skip)
        .limit(query.limit)
        .as('page');
      const data = await db
        .select(listColumns)
        .from(page)
        .innerJoin(interviews, eq(interviews.interview_id, page.id))
        .leftJoin(companies, eq(companies.company_id, interviews.company_id))
        .leftJoin(roles, eq(roles.role_id, interviews.role_id))
        .orderBy(...orderBy(query));
      const total = await totals.total(owner, query, data.length, async () => {
        const [counted] = await db
          .select({ n: count() })
          .from(interviews)
          .leftJoin(companies, eq(companies.company_id, interviews.company_id))
          .leftJoin(roles, eq(roles.role_id, interviews.role_id))
          .where(condition);
        return counted?.n ?? 0;
      });
      return { total, data };
    },

    /** The interview with its company, role, rounds and question links, or undefined. */
    async findDetail(owner: OwnerId, interviewId: number) {
      const row = await detail.execute({ id: interviewId, owner });
      if (!row) return undefined;
      const { company, role, rounds, links, ...interview } = row;
      return {
        ...interview,
        company_name: company?.company_name ?? null,
        role_name: role?.role_name ?? null,
        company: company ?? null,
        role: role ?? null,
        rounds,
        questions: links.map(({ question, ...link }) => ({ ...link, ...question })),
      };
    },

    async find(owner: OwnerId, interviewId: number) {
      const [row] = await selectRows()
        .where(and(eq(interviews.interview_id, interviewId), ownedBy(interviews.user_id, owner)))
        .limit(1);
      return row;
    },

    async findCompany(owner: OwnerId, companyId: number) {
      const [row] = await db
        .select()
        .from(companies)
        .where(and(eq(companies.company_id, companyId), ownedBy(companies.user_id, owner)));
      return row;
    },

    async findRole(owner: OwnerId, roleId: number) {
      const [row] = await db
        .select()
        .from(roles)
        .where(and(eq(roles.role_id, roleId), ownedBy(roles.user_id, owner)));
      return row;
    },

    /** Inserts the interview and its creation event. */
    async insert(values: InterviewInsert): Promise<number> {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(interviews).values(values).returning();
        if (!row) throw new Error('insert returned no row');
        await interviewCreated(tx, row);
        return row.interview_id;
      });
    },

    /** Applies the patch and records the stage, status and result changes it made. */
    async update(interviewId: number, patch: Partial<InterviewInsert>): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await lockInterview(tx, interviewId);
        if (!before) return;
        const [after] = await tx
          .update(interviews)
          .set(patch)
          .where(eq(interviews.interview_id, interviewId))
          .returning();
        if (after) await interviewChanged(tx, before, after);
      });
    },

    /** The soft delete: cancelled, and recorded as deleted (once). */
    async cancel(interviewId: number): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await lockInterview(tx, interviewId);
        if (!before || before.interview_status === 'cancelled') return;
        await tx
          .update(interviews)
          .set({ interview_status: 'cancelled' })
          .where(eq(interviews.interview_id, interviewId));
        await interviewDeleted(tx, before);
      });
    },

    /** Deletes the interview, its question links, rounds and skills; keeps question stats true. */
    async removeWithParts(interviewId: number): Promise<void> {
      await db.transaction(async (tx) => {
        const links = await tx
          .delete(interviewQuestions)
          .where(eq(interviewQuestions.interview_id, interviewId))
          .returning({
            questionId: interviewQuestions.question_id,
            rating: interviewQuestions.answer_quality_rating,
          });
        const asked = new Map<number, { count: number; rated: boolean }>();
        for (const { questionId, rating } of links) {
          const seen = asked.get(questionId) ?? { count: 0, rated: false };
          asked.set(questionId, { count: seen.count + 1, rated: seen.rated || rating !== null });
        }
        for (const [questionId, { count, rated }] of asked) {
          await countAsked(tx, questionId, -count);
          if (rated) await refreshRating(tx, questionId);
        }
        await tx.delete(interviewRounds).where(eq(interviewRounds.interview_id, interviewId));
        // interview_skills rows go with the interview (ON DELETE CASCADE).
        await tx.delete(interviews).where(eq(interviews.interview_id, interviewId));
      });
    },
  };
}
