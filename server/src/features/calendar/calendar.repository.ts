import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { calendarFeeds, companies, interviewRounds, interviews, tasks } from '../../db/schema.js';

export function createCalendarRepository(db: Db) {
  return {
    /** Rounds with a date, not cancelled, with their interview's company. */
    rounds(owner: OwnerId) {
      return db
        .select({
          round_id: interviewRounds.round_id,
          interview_id: interviewRounds.interview_id,
          round_number: interviewRounds.round_number,
          round_name: interviewRounds.round_name,
          round_type: interviewRounds.round_type,
          scheduled_date: interviewRounds.scheduled_date,
          scheduled_time: interviewRounds.scheduled_time,
          duration_minutes: interviewRounds.duration_minutes,
          timezone: interviewRounds.timezone,
          meeting_link: interviewRounds.meeting_link,
          meeting_platform: interviewRounds.meeting_platform,
          physical_location: interviewRounds.physical_location,
          interviewer_name: interviewRounds.interviewer_name,
          interviewer_title: interviewRounds.interviewer_title,
          preparation_notes: interviewRounds.preparation_notes,
          updated_at: interviewRounds.updated_at,
          company_name: companies.company_name,
          custom_role_title: interviews.custom_role_title,
        })
        .from(interviewRounds)
        .innerJoin(interviews, eq(interviews.interview_id, interviewRounds.interview_id))
        .leftJoin(companies, eq(companies.company_id, interviews.company_id))
        .where(
          and(
            ownedBy(interviews.user_id, owner),
            isNotNull(interviewRounds.scheduled_date),
            ne(interviewRounds.round_status, 'cancelled'),
          ),
        )
        .orderBy(asc(interviewRounds.scheduled_date), asc(interviewRounds.round_id));
    },

    openTasks(owner: OwnerId) {
      return db
        .select()
        .from(tasks)
        .where(and(ownedBy(tasks.user_id, owner), eq(tasks.done, false)))
        .orderBy(asc(tasks.due_date), asc(tasks.task_id));
    },

    async feed(owner: OwnerId) {
      const [row] = await db
        .select()
        .from(calendarFeeds)
        .where(ownedBy(calendarFeeds.user_id, owner))
        .limit(1);
      return row;
    },

    async ownerOfToken(tokenHash: string): Promise<{ user_id: OwnerId } | undefined> {
      const [row] = await db
        .select({ user_id: calendarFeeds.user_id })
        .from(calendarFeeds)
        .where(eq(calendarFeeds.token_hash, tokenHash))
        .limit(1);
      return row;
    },

    /** Replaces the owner's link: the old secret stops working at once. */
    async replace(owner: OwnerId, tokenHash: string) {
      return db.transaction(async (tx) => {
        await tx.delete(calendarFeeds).where(ownedBy(calendarFeeds.user_id, owner));
        const [row] = await tx
          .insert(calendarFeeds)
          .values({ user_id: owner, token_hash: tokenHash })
          .returning();
        return row as typeof calendarFeeds.$inferSelect;
      });
    },

    async revoke(owner: OwnerId): Promise<boolean> {
      const rows = await db
        .delete(calendarFeeds)
        .where(ownedBy(calendarFeeds.user_id, owner))
        .returning({ id: calendarFeeds.feed_id });
      return rows.length > 0;
    },
  };
}
