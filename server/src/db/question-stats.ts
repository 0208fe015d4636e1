// What a question in the bank remembers about its use: how often it was asked (one per link to
// an interview) and its rating. Writers call these in the same transaction as the change that
// moves them, so the figures never disagree with the rows they summarise.
import { and, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { interviewQuestions, practiceReviews, questions } from './schema.js';

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

/** One more practice of the question (a review), without moving its updated_at. */
export async function countPractised(db: Executor, questionId: number): Promise<void> {
  await db
    .update(questions)
    .set({ times_practiced: sql`${questions.times_practiced} + 1`, ...keepUpdatedAt })
    .where(eq(questions.question_id, questionId));
}

/**
 * A practice review's rating on the bank's 0-5 scale: again 1, hard 2, good 4, easy 5 (the
 * 1-10 answer ratings of interviews count as half their value, so "good" sits where an 8 does).
 */
export const PRACTICE_RATING_SCORE = { again: 1, hard: 2, good: 4, easy: 5 } as const;

/**
 * The rule for average_rating: the mean of every rating recorded for the question, on the
 * bank's 0-5 scale (the column holds at most 9.99): each answer rating of an interview where it
 * was asked (answer_quality_rating, 1-10, halved) and each practice review (again 1, hard 2,
 * good 4, easy 5); null once no rating is left. Called only when a rating was recorded, changed
 * or removed, so a value a client set on a question nobody rated stays.
 */
export async function refreshRating(db: Executor, questionId: number): Promise<void> {
  const asked = db
    .select({ score: sql<number>`${interviewQuestions.answer_quality_rating} / 2.0`.as('score') })
    .from(interviewQuestions)
    .where(
      and(
        eq(interviewQuestions.question_id, questionId),
        isNotNull(interviewQuestions.answer_quality_rating),
      ),
    );
  const practised = db
    .select({
      score: sql<number>`case ${practiceReviews.rating} ${sql.raw(
        Object.entries(PRACTICE_RATING_SCORE)
          .map(([rating, score]) => `when '${rating}' then ${score}.0`)
          .join(' '),
      )} end`.as('score'),
    })
    .from(practiceReviews)
    .where(eq(practiceReviews.question_id, questionId));
  const scores = asked.unionAll(practised).as('scores');
  const [row] = await db
    .select({ mean: sql<string | null>`round(avg(${scores.score}), 2)` })
    .from(scores);
  const mean = row?.mean == null ? null : Number(row.mean);
  await db
    .update(questions)
    .set({ average_rating: mean, ...keepUpdatedAt })
    .where(eq(questions.question_id, questionId));
}
