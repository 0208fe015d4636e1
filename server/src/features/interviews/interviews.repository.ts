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
import type { PgColumn, PgSelect } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database.js';
import {
  appliedOn,
  everAt,
  interviewChanged,
  interviewCreated,
  interviewDeleted,
  lockInterview,
  stagesReaching,
} from '../../db/interview-events.js';
import { type OwnerId, ownedBy, ownerIs } from '../../db/owner.js';
import { createPagedList, pageOfIds } from '../../db/paged-list.js';
import { countAsked, refreshRating } from '../../db/question-stats.js';
import {
  companies,
  interviewQuestions,
  interviewRounds,
  interviews,
  roles,
} from '../../db/schema.js';
import { clippedText, containsPattern, matchesAny, totalOrder } from '../../db/sql.js';
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

/** Filters that compare one column with the request's value. */
const EQUAL_FILTERS = {
  company_id: interviews.company_id,
  role_id: interviews.role_id,
  interview_type: interviews.interview_type,
  interview_status: interviews.interview_status,
  interview_result: interviews.interview_result,
  seniority_level: interviews.seniority_level,
  is_remote: interviews.is_remote,
} satisfies Partial<Record<keyof InterviewListParams, PgColumn>>;
type EqualFilter = keyof typeof EQUAL_FILTERS;

/**
 * What the list's SQL depends on: which filters a request uses (their values go in through
 * placeholders), the sort and the page size; see shaped-statements.ts. `filters` alone decides
 * the count.
 */
function shapeOf(owner: OwnerId, query: InterviewListParams) {
  return {
    filters: {
      owned: owner !== null,
      equal: (Object.keys(EQUAL_FILTERS) as EqualFilter[]).filter(
        (key) => query[key] !== undefined,
      ),
      stages: query.stage?.length ?? 0,
      // Its stage list is written into the SQL (nine values at most).
      reached: query.reached_stage ?? null,
      from: query.date_from !== undefined,
      to: query.date_to !== undefined,
      referral:
        query.referral_source === undefined
          ? null
          : query.referral_source === ''
            ? 'none'
            : 'equal',
      rounds: query.has_rounds ?? null,
      search: Boolean(query.search),
    },
    sort: query.sort_by,
    order: query.order,
    limit: query.limit,
    paged: query.skip > 0,
  };
}
type ListShape = ReturnType<typeof shapeOf>;

/** The placeholders' values for a request of that shape. */
function valuesOf(owner: OwnerId, query: InterviewListParams): Record<string, unknown> {
  const values: Record<string, unknown> = {
    owner,
    date_from: query.date_from,
    date_to: query.date_to,
    referral_source: query.referral_source,
    search: query.search ? containsPattern(query.search) : undefined,
    offset: query.skip,
  };
  for (const key of Object.keys(EQUAL_FILTERS) as EqualFilter[]) values[key] = query[key];
  query.stage?.forEach((stage, i) => {
    values[`stage_${i}`] = stage;
  });
  return values;
}

const placeholder = sql.placeholder;

function where(shape: ListShape['filters']): SQL | undefined {
  const conditions: (SQL | undefined)[] = [ownerIs(interviews.user_id, shape.owned)];
  for (const key of shape.equal) conditions.push(eq(EQUAL_FILTERS[key], placeholder(key)));
  if (shape.stages > 0) {
    const stages = Array.from({ length: shape.stages }, (_, i) => placeholder(`stage_${i}`));
    conditions.push(inArray(interviews.stage, stages));
  }
  if (shape.reached) conditions.push(everAt(stagesReaching(shape.reached)));
  if (shape.from) conditions.push(sql`${appliedOn} >= ${placeholder('date_from')}`);
  if (shape.to) conditions.push(sql`${appliedOn} <= ${placeholder('date_to')}`);
  if (shape.referral === 'none') conditions.push(isNull(interviews.referral_source));
  if (shape.referral === 'equal') {
    conditions.push(eq(interviews.referral_source, placeholder('referral_source')));
  }
  if (shape.rounds !== null) {
    const rounds = sql`exists (select from ${interviewRounds}
      where ${interviewRounds.interview_id} = ${interviews.interview_id})`;
    conditions.push(shape.rounds ? rounds : not(rounds));
  }
  if (shape.search) {
    conditions.push(
      matchesAny(
        placeholder('search'),
        companies.company_name,
        interviews.custom_role_title,
        roles.role_name,
      ),
    );
  }
  return and(...conditions);
}

function orderBy(shape: ListShape): SQL[] {
  return totalOrder(SORT_KEYS[shape.sort], interviews.interview_id, shape.order);
}

export function createInterviewsRepository(database: Pick<Database, 'db' | 'soleWriter'>) {
  const { db } = database;
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

  // Each statement joins the company and role: the search filter and the rows need their names.
  const joinNames = <Q extends PgSelect>(query: Q) =>
    query
      .leftJoin(companies, eq(companies.company_id, interviews.company_id))
      .leftJoin(roles, eq(roles.role_id, interviews.role_id));

  // One page in two steps: the page's ids, sorted over narrow rows (an index walk for every
  // sort key), then the full rows of those ids only; selecting the long text columns while
  // sorting would cut and measure every matching row's notes, not the page's 20.
  const pagedList = createPagedList(database, {
    name: 'interview',
    shapeOf,
    valuesOf,
    page: (shape: ListShape) => {
      const page = pageOfIds(
        joinNames(db.select({ id: interviews.interview_id }).from(interviews).$dynamic())
          .where(where(shape.filters))
          .orderBy(...orderBy(shape)),
        shape,
      );
      return db
        .select(listColumns)
        .from(page)
        .innerJoin(interviews, eq(interviews.interview_id, page.id))
        .leftJoin(companies, eq(companies.company_id, interviews.company_id))
        .leftJoin(roles, eq(roles.role_id, interviews.role_id))
        .orderBy(...orderBy(shape));
    },
    count: (filters) =>
      joinNames(db.select({ n: count() }).from(interviews).$dynamic()).where(where(filters)),
  });

  return {
    /** One page, and the total of every matching row (paged-list.ts). */
    list: pagedList.list,

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
      const [row] = await joinNames(db.select(rowColumns).from(interviews).$dynamic())
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
