import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { interviewQuestions, interviewRounds } from '../../db/schema.js';

import type { RoundRow } from '../interviews/interview-parts.repository.js';

export type RoundInsert = typeof interviewRounds.$inferInsert;

export function createRoundsRepository(db: Db) {
  return {
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
