// Writes of question links. Each keeps its question's statistics (times_asked, rating) in the
// same transaction, so a failure leaves both as they were.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { countAsked, refreshRating } from '../../db/question-stats.js';
import { interviewQuestions, questions } from '../../db/schema.js';

export type LinkInsert = typeof interviewQuestions.$inferInsert;

export function createInterviewQuestionsRepository(db: Db) {
  return {
    async questionExists(owner: OwnerId, questionId: number): Promise<boolean> {
      const rows = await db
        .select({ id: questions.question_id })
        .from(questions)
        .where(and(eq(questions.question_id, questionId), ownedBy(questions.user_id, owner)))
        .limit(1);
      return rows.length > 0;
    },

    /** Stores the link and counts the question as asked once more. */
    async insertCounting(values: LinkInsert): Promise<number> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(interviewQuestions)
          .values(values)
          .returning({ id: interviewQuestions.interview_question_id });
        await countAsked(tx, values.question_id, 1);
        if (values.answer_quality_rating != null) await refreshRating(tx, values.question_id);
        return row?.id as number;
      });
    },

    async update(linkId: number, questionId: number, patch: Partial<LinkInsert>): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .update(interviewQuestions)
          .set(patch)
          .where(eq(interviewQuestions.interview_question_id, linkId));
        if (patch.answer_quality_rating !== undefined) await refreshRating(tx, questionId);
      });
    },

    /**
     * Removes the link and takes it back from times_asked. Only a delete that removed a row
     * counts: two racing deletes of one link decrement once.
     */
    async deleteCounting(linkId: number): Promise<void> {
      await db.transaction(async (tx) => {
        const [removed] = await tx
          .delete(interviewQuestions)
          .where(eq(interviewQuestions.interview_question_id, linkId))
          .returning({
            questionId: interviewQuestions.question_id,
            rating: interviewQuestions.answer_quality_rating,
          });
        if (!removed) return;
        await countAsked(tx, removed.questionId, -1);
        if (removed.rating !== null) await refreshRating(tx, removed.questionId);
      });
    },
  };
}
