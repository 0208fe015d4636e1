// Reminders and the calendar feed: tasks with a due date (made by hand or suggested from an
// interview's dates) and the secret link a calendar app subscribes with. Kept apart from
// schema.ts; the schema object is declared again here because importing it would be circular.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { interviewRounds, interviews, users } from './schema.js';

const interviewSchema = pgSchema('interview_schema');

export const TASK_KINDS = ['manual', 'follow_up', 'offer_deadline'] as const;
export const taskKindEnum = interviewSchema.enum('task_kind', TASK_KINDS);

/**
 * What a suggested task was made from, by kind: the key is the prefix and that record's id
 * (`follow_up:round:12`). An import gives the record a new id, and the key follows it.
 */
export const SUGGESTION_KEY_PREFIXES = {
  follow_up: { prefix: 'follow_up:round:', of: 'rounds' },
  offer_deadline: { prefix: 'offer_deadline:interview:', of: 'interviews' },
} as const;

export const tasks = interviewSchema.table(
  'tasks',
  {
    task_id: integer('task_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: integer('user_id').references(() => users.user_id, { onDelete: 'cascade' }),
    interview_id: integer('interview_id').references(() => interviews.interview_id, {
      onDelete: 'cascade',
    }),
    round_id: integer('round_id'),
    title: varchar('title', { length: 200 }).notNull(),
    notes: text('notes'),
    due_date: date('due_date', { mode: 'string' }).notNull(),
    done: boolean('done').notNull().default(false),
    completed_at: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    kind: taskKindEnum('kind').notNull().default('manual'),
    // What a suggestion was made from (`follow_up:round:12`, `offer_deadline:interview:3`):
    // unique per owner, so a suggestion is materialised once and, deleted or done, never
    // comes back. NULL for tasks made by hand.
    suggestion_key: varchar('suggestion_key', { length: 100 }),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    updated_at: timestamp('updated_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    foreignKey({
      name: 'tasks_round_id_fkey',
      columns: [t.round_id],
      foreignColumns: [interviewRounds.round_id],
    }).onDelete('set null'),
    check('tasks_title_not_blank', sql`char_length(btrim(${t.title})) > 0`),
    index('tasks_user_due_idx').on(t.user_id, t.done, t.due_date, t.task_id),
    index('tasks_interview_idx').on(t.interview_id),
    uniqueIndex('tasks_user_suggestion_key')
      .on(t.user_id, t.suggestion_key)
      .where(sql`${t.user_id} is not null and ${t.suggestion_key} is not null`),
    uniqueIndex('tasks_suggestion_key')
      .on(t.suggestion_key)
      .where(sql`${t.user_id} is null and ${t.suggestion_key} is not null`),
  ],
);

/**
 * Suggestions deleted by their owner: remembered so that reading the tasks again does not
 * bring them back.
 */
export const dismissedSuggestions = interviewSchema.table(
  'dismissed_suggestions',
  {
    dismissed_id: integer('dismissed_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: integer('user_id').references(() => users.user_id, { onDelete: 'cascade' }),
    suggestion_key: varchar('suggestion_key', { length: 100 }).notNull(),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    uniqueIndex('dismissed_suggestions_user_key')
      .on(t.user_id, t.suggestion_key)
      .where(sql`${t.user_id} is not null`),
    uniqueIndex('dismissed_suggestions_key').on(t.suggestion_key).where(sql`${t.user_id} is null`),
  ],
);

/**
 * The secret of an owner's calendar link. Only its SHA-256 is stored: the link is shown once,
 * when it is made; rotating makes a new one.
 */
export const calendarFeeds = interviewSchema.table(
  'calendar_feeds',
  {
    feed_id: integer('feed_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: integer('user_id').references(() => users.user_id, { onDelete: 'cascade' }),
    token_hash: varchar('token_hash', { length: 64 }).notNull(),
    created_at: timestamp('created_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_hash_key').on(t.token_hash),
    uniqueIndex('calendar_feeds_user_key').on(t.user_id).where(sql`${t.user_id} is not null`),
    uniqueIndex('calendar_feeds_unowned_key')
      .on(sql`(${t.user_id} is null)`)
      .where(sql`${t.user_id} is null`),
  ],
);
