// Whose rows a request sees. Every owned table has a user_id; a request carries the id of its
// caller (AUTH=password), or the owner account / NULL (AUTH=none), and every query of an owned
// table filters on it. NULL is a real owner here: the rows of a tracker that has no accounts.
import { and, eq, getTableColumns, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';
import {
  calendarFeeds,
  companies,
  dismissedSuggestions,
  interviewEvents,
  interviewQuestions,
  interviewRounds,
  interviewSkills,
  interviews,
  practiceCards,
  practiceReviews,
  practiceSessions,
  questionSkills,
  questions,
  roles,
  skills,
  stageLabels,
  tasks,
} from './schema.js';

/** The user whose rows a request reads and writes; null: the rows of AUTH=none. */
export type OwnerId = number | null;

/** `user_id = $owner`, or `user_id IS NULL`: both forms an index on user_id serves. */
export function ownedBy(column: PgColumn, owner: OwnerId): SQL {
  return owner === null ? isNull(column) : eq(column, owner);
}

/**
 * ownedBy for a prepared statement: the owner's id is the placeholder `owner`. Rows no account
 * owns are matched with `is null` (which `=` never matches), so that is a statement of its own.
 */
export function ownerIs(column: PgColumn, owned: boolean): SQL {
  return owned ? eq(column, sql.placeholder('owner')) : isNull(column);
}

/**
 * True when the interview exists and belongs to `owner`: rounds, question links, tasks and the
 * history are reached through their interview, and this is their owner check.
 */
export async function ownsInterview(db: Db, owner: OwnerId, interviewId: number) {
  const rows = await db
    .select({ id: interviews.interview_id })
    .from(interviews)
    .where(and(eq(interviews.interview_id, interviewId), ownedBy(interviews.user_id, owner)))
    .limit(1);
  return rows.length > 0;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Every table whose rows belong to a user. Adding an owned table means adding it here (so a
 * tracker used without accounts hands it to its first owner) and to the export's collections
 * or its list of what is not exported; a test holds the schema to both.
 */
export const OWNED_TABLES = [
  companies,
  roles,
  skills,
  interviews,
  interviewRounds,
  questions,
  tasks,
  interviewQuestions,
  interviewSkills,
  questionSkills,
  interviewEvents,
  stageLabels,
  dismissedSuggestions,
  calendarFeeds,
  practiceCards,
  practiceReviews,
  practiceSessions,
];

/**
 * Gives every row no account owns to `userId`: what a tracker used without accounts becomes
 * when its owner account is created. Adoption is not an edit, so updated_at stays.
 */
export async function adoptUnowned(tx: Tx, userId: number): Promise<void> {
  for (const table of OWNED_TABLES) {
    const columns = getTableColumns(table);
    const keep = 'updated_at' in columns ? { updated_at: sql`${columns.updated_at}` } : {};
    await tx
      .update(table)
      .set({ user_id: userId, ...keep } as never)
      .where(isNull(table.user_id));
  }
}
