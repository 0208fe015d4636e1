// Reads of what lives under an interview: its rounds and the questions asked in it. The
// interview owns them, so the queries live here; the rounds and interview-questions features
// use this repository for their reads and scope checks, and keep only their own writes.
import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownsInterview } from '../../db/owner.js';
import { interviewQuestions, interviewRounds, questions } from '../../db/schema.js';

export type RoundRow = typeof interviewRounds.$inferSelect;

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

/** A question link as read: the link's columns plus its question's text, category, difficulty. */
export type LinkRow = Awaited<ReturnType<typeof selectLinks>>[number];

export function createInterviewPartsRepository(db: Db) {
  return {
    interviewExists: (owner: OwnerId, interviewId: number) => ownsInterview(db, owner, interviewId),

    /** Rounds of one interview, in the order they happen. */
    rounds(interviewId: number): Promise<RoundRow[]> {
      return db
        .select()
        .from(interviewRounds)
        .where(eq(interviewRounds.interview_id, interviewId))
        .orderBy(asc(interviewRounds.round_number), asc(interviewRounds.round_id));
    },

    /** The round, only if it belongs to that interview. */
    async round(interviewId: number, roundId: number): Promise<RoundRow | undefined> {
      const [row] = await db
        .select()
        .from(interviewRounds)
        .where(
          and(eq(interviewRounds.round_id, roundId), eq(interviewRounds.interview_id, interviewId)),
        )
        .limit(1);
      return row;
    },

    /** Links of one interview: in the order asked (unordered ones last), then by id. */
    links(interviewId: number): Promise<LinkRow[]> {
      return selectLinks(db, eq(interviewQuestions.interview_id, interviewId)).orderBy(
        sql`${interviewQuestions.order_asked} asc nulls last`,
        asc(interviewQuestions.interview_question_id),
      );
    },

    /** The link, only if it belongs to that interview. */
    async link(interviewId: number, linkId: number): Promise<LinkRow | undefined> {
      const [row] = await selectLinks(
        db,
        and(
          eq(interviewQuestions.interview_question_id, linkId),
          eq(interviewQuestions.interview_id, interviewId),
        ),
      ).limit(1);
      return row;
    },
  };
}

export type InterviewPartsRepository = ReturnType<typeof createInterviewPartsRepository>;
