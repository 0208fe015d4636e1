// The application pipeline: where each interview stands as a job application (its stage), the
// append-only history of its stage, status and result changes and of its rounds', and each
// user's names for the stages. schema.ts re-exports this file; import from schema.ts.
//
// schema.ts imports the stage enum from here for interviews.stage, so this file cannot use
// schema.ts's values at load time: it declares the same pg schema again and names the tables
// it references only inside the lazy `references` callbacks.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgSchema,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { interviews, users } from './schema.js';

const interviewSchema = pgSchema('interview_schema');

/**
 * An application's stages in the order it moves through them; rejected, ghosted and
 * withdrawn end an application at any point. A new interview starts as applied.
 */
export const STAGES = [
  'wishlist',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'ghosted',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];
/** The stages an application progresses through, in order: the funnel's steps and wishlist. */
export const PROGRESS_STAGES = [
  'wishlist',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
] as const satisfies readonly Stage[];
export const ENDING_STAGES = [
  'rejected',
  'ghosted',
  'withdrawn',
] as const satisfies readonly Stage[];

export const stageEnum = interviewSchema.enum('application_stage', STAGES);

export const EVENT_ENTITIES = ['interview', 'round'] as const;
/** What an event records: a field's change, or the entity's creation or deletion. */
export const EVENT_FIELDS = [
  'created',
  'deleted',
  'stage',
  'interview_status',
  'interview_result',
  'round_status',
  'round_result',
] as const;

/**
 * Append-only: rows are inserted in the transaction of the change they record and never
 * updated. An interview removed for good takes its events with it; a deleted round's events
 * stay with its interview (round_id is kept, not a foreign key).
 */
export const interviewEvents = interviewSchema.table(
  'interview_events',
  {
    event_id: integer('event_id').primaryKey().generatedByDefaultAsIdentity(),
    user_id: integer('user_id').references(() => users.user_id),
    interview_id: integer('interview_id')
      .notNull()
      .references(() => interviews.interview_id, { onDelete: 'cascade' }),
    round_id: integer('round_id'),
    entity: varchar('entity', { length: 20, enum: EVENT_ENTITIES }).notNull(),
    field: varchar('field', { length: 40, enum: EVENT_FIELDS }).notNull(),
    from_value: varchar('from_value', { length: 40 }),
    to_value: varchar('to_value', { length: 40 }),
    occurred_at: timestamp('occurred_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    check('interview_events_entity_valid', sql`${t.entity} in ('interview', 'round')`),
    check(
      'interview_events_round_has_id',
      sql`(${t.entity} = 'round') = (${t.round_id} is not null)`,
    ),
    // The timeline, oldest first; the funnel's furthest stage reads the stage events of each.
    index('interview_events_interview_idx').on(t.interview_id, t.occurred_at, t.event_id),
  ],
);

/** A user's name for a stage; a stage without a row keeps its default name. */
export const stageLabels = interviewSchema.table(
  'stage_labels',
  {
    user_id: integer('user_id').references(() => users.user_id, { onDelete: 'cascade' }),
    stage: stageEnum('stage').notNull(),
    label: varchar('label', { length: 50 }).notNull(),
  },
  (t) => [
    // One label per stage and owner; NULL owners (AUTH=none) need their own partial index.
    uniqueIndex('stage_labels_unowned_stage_key').on(t.stage).where(sql`${t.user_id} is null`),
    uniqueIndex('stage_labels_user_stage_key')
      .on(t.user_id, t.stage)
      .where(sql`${t.user_id} is not null`),
    check('stage_labels_label_not_blank', sql`char_length(btrim(${t.label})) > 0`),
  ],
);
