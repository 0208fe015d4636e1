import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { interviewQuestions, questions } from '../../db/schema.js';

export type LinkInsert = typeof interviewQuestions.$inferInsert;

/**
 * times_asked is a statistic, not an edit of the question: it changes without moving the
 * question's updated_at (an explicit value wins over Drizzle's $onUpdate).
 */
const bumpTimesAsked = (delta: SQL) => ({
  times_asked: delta,
  updated_at: sql`${questions.updated_at}`,
});

export function createInterviewQuestionsRepository(db: Db) {
  return {
    async questionExists(questionId: number): Promise<boolean> {
      const rows = await db
        .select({ id: questions.question_id })
        .from(questions)
        .where(eq(questions.question_id, questionId))
        .limit(1);
      return rows.length > 0;
    },

    /** Stores the link and counts the question as asked once more, both or neither. */
    async insertCounting(values: LinkInsert): Promise<number> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(interviewQuestions)
          .values(values)
          .returning({ id: interviewQuestions.interview_question_id });
        await tx
          .update(questions)
          .set(bumpTimesAsked(sql`${questions.times_asked} + 1`))
          .where(eq(questions.question_id, values.question_id));
        return row?.id as number;
      });
    },

    async update(linkId: number, patch: Partial<LinkInsert>): Promise<void> {
      await db
        .update(interviewQuestions)
        .set(patch)
        .where(eq(interviewQuestions.interview_question_id, linkId));
    },

    /** Removes the link and takes it back from times_asked (never below 0), both or neither. */
    async deleteCounting(linkId: number, questionId: number): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .delete(interviewQuestions)
          .where(eq(interviewQuestions.interview_question_id, linkId));
        await tx
          .update(questions)
          .set(bumpTimesAsked(sql`greatest(${questions.times_asked} - 1, 0)`))
          .where(eq(questions.question_id, questionId));
      });
    },
  };
}
