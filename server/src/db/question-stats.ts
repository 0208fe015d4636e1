// What a question in the bank remembers about its use: how often it was asked (one per link to
// an interview) and its rating. Writers call these in the same transaction as the change that
// moves them, so the figures never disagree with the rows they summarise.
import { and, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { interviewQuestions, questions } from './schema.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

// Statistics are not edits: they change without moving the question's updated_at (an explicit
// value wins over Drizzle's $onUpdate).
const keepUpdatedAt = { updated_at: sql`${questions.updated_at}` };

/** Adds `delta` (negative to take back) to times_asked, never below 0. */
export async function countAsked(db: Executor, questionId: number, delta: number): Promise<void> {
  const next: SQL =
    delta >= 0
      ? sql`${questions.times_asked} + ${delta}`
      : sql`greatest(${questions.times_asked} - ${-delta}, 0)`;
  await db
    .update(questions)
    .set({ times_asked: next, ...keepUpdatedAt })
    .where(eq(questions.question_id, questionId));
}

/**
 * The rule for average_rating: the mean of every answer rating recorded for the question
 * (answer_quality_rating, 1-10, on each interview where it was asked), on the bank's 0-5 scale
 * (the column holds at most 9.99); null once no rating is left. Called only when a rating was
 * recorded, changed or removed, so a value a client set on a question nobody rated stays.
 */
export async function refreshRating(db: Executor, questionId: number): Promise<void> {
  const [row] = await db
    .select({
      mean: sql<string | null>`round(avg(${interviewQuestions.answer_quality_rating}) / 2.0, 2)`,
    })
    .from(interviewQuestions)
    .where(
      and(
        eq(interviewQuestions.question_id, questionId),
        isNotNull(interviewQuestions.answer_quality_rating),
      ),
    );
  const mean = row?.mean == null ? null : Number(row.mean);
  await db
    .update(questions)
    .set({ average_rating: mean, ...keepUpdatedAt })
    .where(eq(questions.question_id, questionId));
}
