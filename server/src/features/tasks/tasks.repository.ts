import { and, asc, eq, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy, ownsInterview } from '../../db/owner.js';
import {
  companies,
  dismissedSuggestions,
  interviewRounds,
  interviews,
  SUGGESTION_KEY_PREFIXES,
  tasks,
} from '../../db/schema.js';
import type { TaskFilters } from './tasks.schemas.js';

export type TaskRow = typeof tasks.$inferSelect;
export type TaskInsert = typeof tasks.$inferInsert;

/** `IS NOT DISTINCT FROM`: equal, with NULL (the rows of AUTH=none) equal to NULL. */
const sameOwner = (column: unknown, owner: OwnerId) => sql`${column} is not distinct from ${owner}`;

/** Suggestions further in the past than this are not made: nobody follows up a year later. */
export const SUGGESTION_HORIZON_DAYS = 30;
export const FOLLOW_UP_AFTER_DAYS = 3;

export function createTasksRepository(db: Db) {
  return {
    list(owner: OwnerId, filters: TaskFilters): Promise<TaskRow[]> {
      const conditions: (SQL | undefined)[] = [ownedBy(tasks.user_id, owner)];
      if (filters.due_before) conditions.push(lte(tasks.due_date, filters.due_before));
      if (filters.done !== undefined) conditions.push(eq(tasks.done, filters.done));
      if (filters.interview_id) conditions.push(eq(tasks.interview_id, filters.interview_id));
      return db
        .select()
        .from(tasks)
        .where(and(...conditions))
        .orderBy(asc(tasks.done), asc(tasks.due_date), asc(tasks.task_id));
    },

    async get(owner: OwnerId, taskId: number): Promise<TaskRow | undefined> {
      const [row] = await db
        .select()
        .from(tasks)
        .where(and(eq(tasks.task_id, taskId), ownedBy(tasks.user_id, owner)))
        .limit(1);
      return row;
    },

    interviewExists: (owner: OwnerId, interviewId: number) => ownsInterview(db, owner, interviewId),

    async roundInInterview(interviewId: number, roundId: number): Promise<boolean> {
      const rows = await db
        .select({ id: interviewRounds.round_id })
        .from(interviewRounds)
        .where(
          and(eq(interviewRounds.round_id, roundId), eq(interviewRounds.interview_id, interviewId)),
        )
        .limit(1);
      return rows.length > 0;
    },

    async insert(values: TaskInsert): Promise<TaskRow> {
      const [row] = await db.insert(tasks).values(values).returning();
      return row as TaskRow;
    },

    async update(taskId: number, patch: Partial<TaskInsert>): Promise<TaskRow> {
      const [row] = await db.update(tasks).set(patch).where(eq(tasks.task_id, taskId)).returning();
      return row as TaskRow;
    },

    /** Deletes the task; a deleted suggestion is remembered so it is not suggested again. */
    async remove(owner: OwnerId, task: TaskRow): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(tasks).where(eq(tasks.task_id, task.task_id));
        if (task.suggestion_key) {
          await tx
            .insert(dismissedSuggestions)
            .values({ user_id: owner, suggestion_key: task.suggestion_key })
            .onConflictDoNothing();
        }
      });
    },

    /**
     * Materialises the owner's suggested tasks: a follow-up FOLLOW_UP_AFTER_DAYS after each
     * dated round still without a result, and the answer to each offer by its deadline. Each is
     * made once (its suggestion_key is unique per owner); a deleted one is remembered in
     * dismissed_suggestions; one due more than SUGGESTION_HORIZON_DAYS ago is not made.
     */
    async materialiseSuggestions(owner: OwnerId): Promise<void> {
      const horizon = sql`current_date - ${SUGGESTION_HORIZON_DAYS}::int`;
      const notYet = (key: SQL) => sql`
        not exists (select 1 from ${tasks} t where ${sameOwner(sql`t.user_id`, owner)}
          and t.suggestion_key = ${key})
        and not exists (select 1 from ${dismissedSuggestions} d
          where ${sameOwner(sql`d.user_id`, owner)} and d.suggestion_key = ${key})`;
      const roundKey = sql`${SUGGESTION_KEY_PREFIXES.follow_up.prefix}::text || r.round_id`;
      await db.execute(sql`
        insert into ${tasks} (user_id, interview_id, round_id, title, due_date, kind, suggestion_key)
        select ${owner}::int, r.interview_id, r.round_id,
          left('Follow up with ' || coalesce(c.company_name, 'the recruiter') || ' after '
            || coalesce(r.round_name, 'round ' || r.round_number), 200),
          r.scheduled_date + ${FOLLOW_UP_AFTER_DAYS}::int, 'follow_up', ${roundKey}
        from ${interviewRounds} r
        join ${interviews} i on i.interview_id = r.interview_id
        left join ${companies} c on c.company_id = i.company_id
        where ${sameOwner(sql`i.user_id`, owner)}
          and r.scheduled_date is not null
          and r.round_result = 'pending' and r.round_status <> 'cancelled'
          and i.interview_status <> 'cancelled'
          and r.scheduled_date + ${FOLLOW_UP_AFTER_DAYS}::int >= ${horizon}
          and ${notYet(roundKey)}
        on conflict do nothing`);
      const offerKey = sql`${SUGGESTION_KEY_PREFIXES.offer_deadline.prefix}::text || i.interview_id`;
      await db.execute(sql`
        insert into ${tasks} (user_id, interview_id, title, due_date, kind, suggestion_key)
        select ${owner}::int, i.interview_id,
          left('Answer the offer from ' || coalesce(c.company_name, 'the company'), 200),
          i.offer_deadline, 'offer_deadline', ${offerKey}
        from ${interviews} i
        left join ${companies} c on c.company_id = i.company_id
        where ${sameOwner(sql`i.user_id`, owner)}
          and i.offer_deadline is not null
          and i.interview_result not in ('offer_accepted', 'offer_declined')
          and i.interview_status <> 'cancelled'
          and i.offer_deadline >= ${horizon}
          and ${notYet(offerKey)}
        on conflict do nothing`);
    },
  };
}
