import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { interviewQuestions, questions } from '../../db/schema.js';

export type LinkInsert = typeof interviewQuestions.$inferInsert;

const linkColumns = {
  ...getTableColumns(interviewQuestions),
  question_text: questions.question_text,
  question_category: questions.question_category,
  question_difficulty: questions.question_difficulty,
};

function selectLinks(db: Db, condition: SQL | undefined) {
  return db
    .select(linkColumns)
    .from(interviewQuestions)
    .innerJoin(questions, eq(questions.question_id, interviewQuestions.question_id))
    .where(condition);
}

export type LinkRow = Awaited<ReturnType<typeof selectLinks>>[number];

/** Links of one interview: in the order asked (unordered ones last), then by id. */
export function listLinks(db: Db, interviewId: number): Promise<LinkRow[]> {
  return selectLinks(db, eq(interviewQuestions.interview_id, interviewId)).orderBy(
    sql`${interviewQuestions.order_asked} asc nulls last`,
    asc(interviewQuestions.interview_question_id),
  );
}

/**
 * times_asked is a statistic, not an edit of the question: it changes without moving the
 * question's updated_at (an explicit value wins over Drizzle's $onUpdate).
 */
const bumpTimesAsked = (delta: SQL) => ({
  times_asked: delta,
  updated_at: sql`${questions.updated_at}`,
});

export function createInterviewQuestionsRepository(db: Db) {
  async function find(interviewId: number, linkId: number): Promise<LinkRow | undefined> {
    const [row] = await selectLinks(
      db,
      and(
        eq(interviewQuestions.interview_question_id, linkId),
        eq(interviewQuestions.interview_id, interviewId),
      ),
    ).limit(1);
    return row;
  }

  return {
    list: (interviewId: number) => listLinks(db, interviewId),
    find,

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
