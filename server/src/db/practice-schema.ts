// The tables of practice: an FSRS card per question a user has reviewed (the scheduler's state
// lives here, not in the question row), the log of every review, and mock-interview sessions.
// Every row belongs to the user in its user_id, like the rest of the tracker.
import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { questions, users } from './schema.js';

// schema.ts re-exports this file, so its own interviewSchema is not initialised yet here.
const interviewSchema = pgSchema('interview_schema');

export const PRACTICE_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
/** FSRS card states, in ts-fsrs's order (State.New = 0 … State.Relearning = 3). */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;

export const practiceRatingEnum = interviewSchema.enum('practice_rating', PRACTICE_RATINGS);

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const ownerId = () => integer('user_id').references(() => users.user_id);

/** One FSRS card per question and user, created by the question's first review. */
export const practiceCards = interviewSchema.table(
  'practice_cards',
  {
    card_id: integer('card_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    question_id: integer('question_id')
      .notNull()
      .references(() => questions.question_id, { onDelete: 'cascade' }),
    due: at('due').notNull(),
    stability: doublePrecision('stability').notNull(),
    difficulty: doublePrecision('difficulty').notNull(),
    elapsed_days: integer('elapsed_days').notNull().default(0),
    scheduled_days: integer('scheduled_days').notNull().default(0),
    learning_steps: integer('learning_steps').notNull().default(0),
    reps: integer('reps').notNull().default(0),
    lapses: integer('lapses').notNull().default(0),
    // CARD_STATES index, as ts-fsrs numbers them.
    state: smallint('state').notNull().default(0),
    last_review: at('last_review'),
  },
  (t) => [
    // A question has one owner, so one card per question is one card per user and question;
    // NULLS NOT DISTINCT is not needed.
    uniqueIndex('practice_cards_question_key').on(t.question_id),
    index('practice_cards_user_due_idx').on(t.user_id, t.due),
    check('practice_cards_state_range', sql`${t.state} BETWEEN 0 AND 3`),
  ],
);

export const practiceSessions = interviewSchema.table(
  'practice_sessions',
  {
    session_id: integer('session_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    interview_id: integer('interview_id'),
    role_id: integer('role_id'),
    // A question category (the API validates it); schema.ts's enum is not initialised here.
    category: varchar('category', { length: 40 }),
    agent: varchar('agent', { length: 40 }),
    // The questions, in the order they are asked.
    question_ids: integer('question_ids').array().notNull(),
    created_at: at('created_at').notNull().defaultNow(),
    completed_at: at('completed_at'),
  },
  (t) => [index('practice_sessions_user_idx').on(t.user_id, t.session_id)],
);

/** Every review, oldest first: the history of a card, and a session's answers. */
export const practiceReviews = interviewSchema.table(
  'practice_reviews',
  {
    review_id: integer('review_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: ownerId(),
    question_id: integer('question_id')
      .notNull()
      .references(() => questions.question_id, { onDelete: 'cascade' }),
    rating: practiceRatingEnum('rating').notNull(),
    answer_text: text('answer_text'),
    duration_seconds: integer('duration_seconds'),
    reviewed_at: at('reviewed_at').notNull().defaultNow(),
    due_before: at('due_before'),
    due_after: at('due_after').notNull(),
    state_after: smallint('state_after').notNull(),
    session_id: integer('session_id').references(() => practiceSessions.session_id, {
      onDelete: 'cascade',
    }),
    // The structured review of the answer (feedback), when the answer was reviewed.
    feedback: jsonb('feedback'),
  },
  (t) => [
    check('practice_reviews_duration_min', sql`${t.duration_seconds} >= 0`),
    index('practice_reviews_question_idx').on(t.question_id, t.reviewed_at),
    index('practice_reviews_user_reviewed_idx').on(t.user_id, t.reviewed_at),
    // One answer per question of a session, even when two arrive at once.
    uniqueIndex('practice_reviews_session_question_key')
      .on(t.session_id, t.question_id)
      .where(sql`${t.session_id} is not null`),
  ],
);
