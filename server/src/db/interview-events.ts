// The history of an interview: every change of its stage, status or result, and of its rounds'
// status or result, as an append-only event. Writers call these inside the transaction of the
// change, with the row as it was (read FOR UPDATE) and as it is, so the history never
// disagrees with the rows and two concurrent edits cannot both record the same "from".
import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';
import {
  ENDING_STAGES,
  interviewEvents,
  interviewRounds,
  interviews,
  PROGRESS_STAGES,
  type Stage,
} from './schema.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type EventInsert = typeof interviewEvents.$inferInsert;
type InterviewRow = typeof interviews.$inferSelect;
type RoundRow = typeof interviewRounds.$inferSelect;

const INTERVIEW_FIELDS = ['stage', 'interview_status', 'interview_result'] as const;
const ROUND_FIELDS = ['round_status', 'round_result'] as const;

async function append(tx: Tx, events: EventInsert[]): Promise<void> {
  if (events.length > 0) await tx.insert(interviewEvents).values(events);
}

/** The interview, locked until the transaction ends: the "before" of a recorded change. */
export async function lockInterview(tx: Tx, interviewId: number) {
  const [row] = await tx
    .select()
    .from(interviews)
    .where(eq(interviews.interview_id, interviewId))
    .for('update');
  return row;
}

/** The round, locked until the transaction ends. */
export async function lockRound(tx: Tx, roundId: number) {
  const [row] = await tx
    .select()
    .from(interviewRounds)
    .where(eq(interviewRounds.round_id, roundId))
    .for('update');
  return row;
}

export function interviewCreated(tx: Tx, row: InterviewRow) {
  return append(tx, [
    {
      user_id: row.user_id,
      interview_id: row.interview_id,
      entity: 'interview',
      field: 'created',
      to_value: row.stage,
    },
  ]);
}

/** One event per tracked field that differs between `before` and `after`. */
export function interviewChanged(tx: Tx, before: InterviewRow, after: InterviewRow) {
  return append(
    tx,
    INTERVIEW_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
      user_id: after.user_id,
      interview_id: after.interview_id,
      entity: 'interview' as const,
      field,
      from_value: before[field],
      to_value: after[field],
    })),
  );
}

/** The soft delete: the interview's status went from `before`'s to cancelled. */
export function interviewDeleted(tx: Tx, before: InterviewRow) {
  return append(tx, [
    {
      user_id: before.user_id,
      interview_id: before.interview_id,
      entity: 'interview',
      field: 'deleted',
      from_value: before.interview_status,
      to_value: 'cancelled',
    },
  ]);
}

export function roundCreated(tx: Tx, row: RoundRow) {
  return append(tx, [
    {
      user_id: row.user_id,
      interview_id: row.interview_id,
      round_id: row.round_id,
      entity: 'round',
      field: 'created',
      to_value: row.round_status,
    },
  ]);
}

export function roundChanged(tx: Tx, before: RoundRow, after: RoundRow) {
  return append(
    tx,
    ROUND_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
      user_id: after.user_id,
      interview_id: after.interview_id,
      round_id: after.round_id,
      entity: 'round' as const,
      field,
      from_value: before[field],
      to_value: after[field],
    })),
  );
}

/** A round removed: it is gone, its history stays with the interview. */
export function roundDeleted(tx: Tx, before: RoundRow) {
  return append(tx, [
    {
      user_id: before.user_id,
      interview_id: before.interview_id,
      round_id: before.round_id,
      entity: 'round',
      field: 'deleted',
      from_value: before.round_status,
      to_value: null,
    },
  ]);
}

/**
 * The stage values whose presence in an interview's history means it reached `stage`: for a
 * step of the pipeline, that step or any later one (an application rejected, ghosted or
 * withdrawn had been applied for); for an ending, that ending.
 */
export function stagesReaching(stage: Stage): Stage[] {
  const step = (PROGRESS_STAGES as readonly Stage[]).indexOf(stage);
  if (step < 0) return [stage];
  const later: Stage[] = PROGRESS_STAGES.slice(step);
  return stage === 'applied' ? [...later, ...ENDING_STAGES] : later;
}

/**
 * The step of the pipeline (0 wishlist to 5 accepted) a stage value proves was reached: an
 * ending counts as applied.
 */
export function stageStep(value: SQL | PgColumn): SQL<number> {
  const steps = PROGRESS_STAGES.map(
    (stage, step) => sql`when ${stage} then ${sql.raw(String(step))}`,
  );
  return sql<number>`(case ${value}::text ${sql.join(steps, sql` `)} else 1 end)`;
}

/** The stage events of an interview (its creation and every stage change). */
export const stageEvents = (interviewId: SQL | PgColumn) => sql`
  ${interviewEvents.interview_id} = ${interviewId}
  and ${interviewEvents.entity} = 'interview'
  and ${interviewEvents.field} in ('created', 'stage')`;

/** True for interviews whose current stage or history is in `stages`. */
export function everAt(stages: Stage[]): SQL {
  const list = sql.join(
    stages.map((stage) => sql`${stage}`),
    sql`, `,
  );
  return sql`(${interviews.stage}::text in (${list}) or exists (
    select from ${interviewEvents}
    where ${stageEvents(interviews.interview_id)} and ${interviewEvents.to_value} in (${list})))`;
}

/** The day an application was made: its application_date, else the day it was entered (UTC). */
export const appliedOn = sql`coalesce(${interviews.application_date}, (${interviews.created_at} at time zone 'UTC')::date)`;
