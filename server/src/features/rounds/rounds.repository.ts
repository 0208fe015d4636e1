import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { lockRound, roundChanged, roundCreated, roundDeleted } from '../../db/interview-events.js';
import { interviewQuestions, interviewRounds } from '../../db/schema.js';

import type { RoundRow } from '../interviews/interview-parts.repository.js';

export type RoundInsert = typeof interviewRounds.$inferInsert;

export function createRoundsRepository(db: Db) {
  return {
    /** Inserts the round and its creation event. */
    async insert(values: RoundInsert): Promise<RoundRow> {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(interviewRounds).values(values).returning();
        if (!row) throw new Error('insert returned no row');
        await roundCreated(tx, row);
        return row;
      });
    },

    /** Applies the patch and records the status and result changes it made. */
    async update(roundId: number, patch: Partial<RoundInsert>): Promise<RoundRow> {
      return db.transaction(async (tx) => {
        const before = await lockRound(tx, roundId);
        const [row] = await tx
          .update(interviewRounds)
          .set(patch)
          .where(eq(interviewRounds.round_id, roundId))
          .returning();
        if (before && row) await roundChanged(tx, before, row);
        return row as RoundRow;
      });
    },

    /** Deletes the round; the question links that named it survive without a round. */
    async deleteKeepingLinks(roundId: number): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await lockRound(tx, roundId);
        if (before) await roundDeleted(tx, before);
        await tx
          .update(interviewQuestions)
          .set({ round_id: null })
          .where(eq(interviewQuestions.round_id, roundId));
        await tx.delete(interviewRounds).where(eq(interviewRounds.round_id, roundId));
      });
    },
  };
}
