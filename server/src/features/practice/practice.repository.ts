import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { countPractised, refreshRating } from '../../db/question-stats.js';
import {
  interviews,
  practiceCards,
  practiceReviews,
  practiceSessions,
  questions,
  roles,
} from '../../db/schema.js';

export type CardRow = typeof practiceCards.$inferSelect;
export type CardValues = Omit<typeof practiceCards.$inferInsert, 'card_id'>;
export type ReviewInsert = typeof practiceReviews.$inferInsert;
export type ReviewRow = typeof practiceReviews.$inferSelect;
export type SessionRow = typeof practiceSessions.$inferSelect;
export type QuestionInsert = typeof questions.$inferInsert;

export interface DueFilter {
  category?: string | undefined;
  tags?: string[] | undefined;
}

const dueQuestionColumns = {
  question_id: questions.question_id,
  question_text: questions.question_text,
  question_category: questions.question_category,
  question_difficulty: questions.question_difficulty,
  tags: questions.tags,
  key_concepts: questions.key_concepts,
  answer_summary: questions.answer_summary,
  time_to_answer_minutes: questions.time_to_answer_minutes,
  created_at: questions.created_at,
};

export function createPracticeRepository(db: Db) {
  /** Live questions of the owner that are due at `until`: never reviewed, or due by then. */
  function dueWhere(owner: OwnerId, until: Date, filter: DueFilter): SQL | undefined {
    return and(
      ownedBy(questions.user_id, owner),
      eq(questions.is_active, true),
      or(isNull(practiceCards.card_id), lte(practiceCards.due, until)),
      filter.category ? eq(questions.question_category, filter.category as 'technical') : undefined,
      filter.tags?.length ? arrayContains(questions.tags, filter.tags) : undefined,
    );
  }

  const joinCards = () =>
    db
      .select({ ...dueQuestionColumns, card: getTableColumns(practiceCards) })
      .from(questions)
      .leftJoin(practiceCards, eq(practiceCards.question_id, questions.question_id));

  return {
    findQuestion(owner: OwnerId, questionId: number) {
      return db.query.questions.findFirst({
        where: and(ownedBy(questions.user_id, owner), eq(questions.question_id, questionId)),
      });
    },

    async findQuestions(owner: OwnerId, ids: number[]) {
      if (ids.length === 0) return [];
      return db
        .select(dueQuestionColumns)
        .from(questions)
        .where(and(ownedBy(questions.user_id, owner), inArray(questions.question_id, ids)));
    },

    /** Most overdue first, then new questions oldest first. */
    async due(owner: OwnerId, now: Date, filter: DueFilter, limit: number) {
      const rows = await joinCards()
        .where(dueWhere(owner, now, filter))
        .orderBy(
          sql`${practiceCards.due} asc nulls last`,
          asc(questions.created_at),
          asc(questions.question_id),
        )
        .limit(limit);
      return rows.map(({ card, ...question }) => ({
        ...question,
        card: card?.card_id == null ? null : (card as CardRow),
      }));
    },

    /** Due questions per category, and how many of them are new. */
    async dueCounts(owner: OwnerId, until: Date, filter: DueFilter) {
      return db
        .select({
          category: questions.question_category,
          count: count(),
          new_count: sql<number>`count(*) filter (where ${practiceCards.card_id} is null)`.mapWith(
            Number,
          ),
        })
        .from(questions)
        .leftJoin(practiceCards, eq(practiceCards.question_id, questions.question_id))
        .where(dueWhere(owner, until, filter))
        .groupBy(questions.question_category)
        .orderBy(questions.question_category);
    },

    async findCard(questionId: number) {
      const [row] = await db
        .select()
        .from(practiceCards)
        .where(eq(practiceCards.question_id, questionId));
      return row;
    },

    /**
     * Stores a review in one transaction: the card's new state, the log row, and the question's
     * times_practiced and average_rating. `schedule` computes the new state from the card as it
     * is inside the transaction (row-locked), so two reviews at once are both counted.
     */
    async review(
      questionId: number,
      schedule: (current: CardRow | undefined) => { card: CardValues; review: ReviewInsert },
    ) {
      return db.transaction(async (tx) => {
        const [current] = await tx
          .select()
          .from(practiceCards)
          .where(eq(practiceCards.question_id, questionId))
          .for('update');
        const { card, review } = schedule(current);
        const [saved] = await tx
          .insert(practiceCards)
          .values(card)
          .onConflictDoUpdate({ target: practiceCards.question_id, set: card })
          .returning();
        const [logged] = await tx.insert(practiceReviews).values(review).returning();
        await countPractised(tx, questionId);
        await refreshRating(tx, questionId);
        const [stats] = await tx
          .select({
            times_practiced: questions.times_practiced,
            average_rating: questions.average_rating,
          })
          .from(questions)
          .where(eq(questions.question_id, questionId));
        return { card: saved as CardRow, review: logged as ReviewRow, stats };
      });
    },

    reviews(questionId: number) {
      return db
        .select()
        .from(practiceReviews)
        .where(eq(practiceReviews.question_id, questionId))
        .orderBy(asc(practiceReviews.reviewed_at), asc(practiceReviews.review_id));
    },

    async reviewStats(owner: OwnerId, since: Date) {
      const [row] = await db
        .select({
          total: count(),
          today:
            sql<number>`count(*) filter (where ${practiceReviews.reviewed_at} >= ${since.toISOString()})`.mapWith(
              Number,
            ),
        })
        .from(practiceReviews)
        .where(ownedBy(practiceReviews.user_id, owner));
      return row ?? { total: 0, today: 0 };
    },

    /** The days (UTC, YYYY-MM-DD) with a review, latest first. */
    async reviewDays(owner: OwnerId, limit: number) {
      const day = sql<string>`to_char(${practiceReviews.reviewed_at} at time zone 'UTC', 'YYYY-MM-DD')`;
      const rows = await db
        .selectDistinct({ day })
        .from(practiceReviews)
        .where(ownedBy(practiceReviews.user_id, owner))
        .orderBy(desc(day))
        .limit(limit);
      return rows.map((row) => row.day);
    },

    findInterview(owner: OwnerId, interviewId: number) {
      return db.query.interviews.findFirst({
        columns: { interview_id: true, role_id: true, custom_role_title: true },
        where: and(ownedBy(interviews.user_id, owner), eq(interviews.interview_id, interviewId)),
      });
    },

    findRole(owner: OwnerId, roleId: number) {
      return db.query.roles.findFirst({
        where: and(ownedBy(roles.user_id, owner), eq(roles.role_id, roleId)),
      });
    },

    /** Bank questions (id, live or deleted) by lower-cased text, for the texts given. */
    async bankIdsByText(owner: OwnerId, texts: string[]) {
      if (texts.length === 0) return new Map<string, { id: number; active: boolean }>();
      const rows = await db
        .select({
          id: questions.question_id,
          active: questions.is_active,
          text: sql<string>`lower(${questions.question_text})`,
        })
        .from(questions)
        .where(
          and(
            ownedBy(questions.user_id, owner),
            inArray(
              sql`lower(${questions.question_text})`,
              texts.map((t) => t.toLowerCase()),
            ),
          ),
        );
      return new Map(rows.map((row) => [row.text, { id: row.id, active: row.active }]));
    },

    /** Adds the playbook's questions to the bank and creates the session, in one transaction. */
    async createSession(
      session: Omit<typeof practiceSessions.$inferInsert, 'question_ids'>,
      plan: (number | QuestionInsert)[],
    ) {
      return db.transaction(async (tx) => {
        const ids: number[] = [];
        for (const item of plan) {
          if (typeof item === 'number') ids.push(item);
          else {
            const [row] = await tx
              .insert(questions)
              .values(item)
              .returning({ id: questions.question_id });
            ids.push((row as { id: number }).id);
          }
        }
        const [row] = await tx
          .insert(practiceSessions)
          .values({ ...session, question_ids: ids })
          .returning();
        return row as SessionRow;
      });
    },

    async findSession(owner: OwnerId, sessionId: number) {
      const [row] = await db
        .select()
        .from(practiceSessions)
        .where(
          and(ownedBy(practiceSessions.user_id, owner), eq(practiceSessions.session_id, sessionId)),
        );
      return row;
    },

    sessionReviews(sessionId: number) {
      return db
        .select()
        .from(practiceReviews)
        .where(eq(practiceReviews.session_id, sessionId))
        .orderBy(asc(practiceReviews.review_id));
    },

    async completeSession(sessionId: number, at: Date) {
      await db
        .update(practiceSessions)
        .set({ completed_at: at })
        .where(
          and(eq(practiceSessions.session_id, sessionId), isNull(practiceSessions.completed_at)),
        );
    },
  };
}

export type PracticeRepository = ReturnType<typeof createPracticeRepository>;
