import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { interviewQuestions, interviewRounds } from '../../db/schema.js';

export type RoundRow = typeof interviewRounds.$inferSelect;
export type RoundInsert = typeof interviewRounds.$inferInsert;

/** Rounds of one interview, in the order they happen. */
export function listRounds(db: Db, interviewId: number): Promise<RoundRow[]> {
  return db
    .select()
    .from(interviewRounds)
    .where(eq(interviewRounds.interview_id, interviewId))
    .orderBy(asc(interviewRounds.round_number), asc(interviewRounds.round_id));
}

/** The round, only if it belongs to that interview. */
export async function findRound(
  db: Db,
  interviewId: number,
  roundId: number,
): Promise<RoundRow | undefined> {
  const [row] = await db
    .select()
    .from(interviewRounds)
    .where(
      and(eq(interviewRounds.round_id, roundId), eq(interviewRounds.interview_id, interviewId)),
    )
    .limit(1);
  return row;
}

export function createRoundsRepository(db: Db) {
  return {
    list: (interviewId: number) => listRounds(db, interviewId),
    find: (interviewId: number, roundId: number) => findRound(db, interviewId, roundId),

    async insert(values: RoundInsert): Promise<RoundRow> {
      const [row] = await db.insert(interviewRounds).values(values).returning();
      return row as RoundRow;
    },

    async update(roundId: number, patch: Partial<RoundInsert>): Promise<RoundRow> {
      const [row] = await db
        .update(interviewRounds)
        .set(patch)
        .where(eq(interviewRounds.round_id, roundId))
        .returning();
      return row as RoundRow;
    },

    /** Deletes the round; the question links that named it survive without a round. */
    async deleteKeepingLinks(roundId: number): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .update(interviewQuestions)
          .set({ round_id: null })
          .where(eq(interviewQuestions.round_id, roundId));
        await tx.delete(interviewRounds).where(eq(interviewRounds.round_id, roundId));
      });
    },
  };
}
