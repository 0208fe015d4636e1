// What an export holds and how an import puts it back: one entry per collection, in the order
// they are written and restored (a collection comes after those it refers to). Record shapes
// are derived from the tables, so a new column travels without touching this file.
import { type Column, getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import Type, { type TSchema } from 'typebox';
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
  SUGGESTION_KEY_PREFIXES,
  skills,
  stageLabels,
  tasks,
} from '../../db/schema.js';

export interface Reference {
  /** The field holding a document id of another (or the same) collection. */
  field: string;
  collection: string;
  /** An integer array of ids (related_skills): unknown ids are dropped, not refused. */
  list?: boolean;
  /**
   * A column without a foreign key that may name a record no longer there (the history keeps
   * a removed round's id): ids in the document are remapped, others are kept as they are.
   */
  loose?: boolean;
}

export interface Collection {
  /** The key in the document. */
  name: string;
  table: PgTable;
  /** The primary key: remapped on import, never trusted. */
  id: PgColumn;
  /** The owner column (user_id): set to the importing account. */
  owner: PgColumn;
  references: Reference[];
  /** Matched case-insensitively by ?mode=merge: an existing row with it is reused. */
  mergeKey?: PgColumn;
  /**
   * A text column that names a record of another collection by prefix and id (a suggested
   * task's key, see SUGGESTION_KEY_PREFIXES): the id is remapped like a reference, before the
   * merge compares keys.
   */
  keyedBy?: { field: string; prefixes: readonly { prefix: string; of: string }[] };
  /** Columns neither exported nor imported (kept by triggers). */
  internal?: string[];
  /** The record's shape (derived from the table unless given). */
  schema: TSchema;
}

function columnSchema(column: Column): TSchema {
  const c = column as Column & { length?: number; baseColumn?: Column };
  let schema: TSchema;
  switch (c.columnType) {
    case 'PgSmallInt':
      schema = Type.Integer({ minimum: -32_768, maximum: 32_767 });
      break;
    case 'PgDoublePrecision':
    case 'PgReal':
      schema = Type.Number();
      break;
    case 'PgInteger':
      schema = Type.Integer({ minimum: -2_147_483_648, maximum: 2_147_483_647 });
      break;
    case 'PgNumericNumber':
      schema = Type.Number();
      break;
    case 'PgBoolean':
      schema = Type.Boolean();
      break;
    case 'PgDateString':
      schema = Type.String({ format: 'date' });
      break;
    case 'PgTime':
      schema = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$' });
      break;
    case 'PgTimestamp':
      schema = Type.String({ format: 'date-time' });
      break;
    case 'PgEnumColumn':
      schema = Type.Unsafe({ type: 'string', enum: [...(c.enumValues ?? [])] });
      break;
    case 'PgJsonb':
    case 'PgJson':
      schema = Type.Unknown();
      break;
    case 'PgArray':
      schema = Type.Array(columnSchema(c.baseColumn as Column), { maxItems: 1_000 });
      break;
    default:
      schema = Type.String(c.length ? { maxLength: c.length } : {});
  }
  const s = schema as { type?: string; enum?: unknown[] };
  // Unknown (JSON) takes null as it is.
  if (c.notNull || s.type === undefined) return schema;
  return Type.Unsafe({
    ...schema,
    type: [s.type as string, 'null'],
    ...(s.enum ? { enum: [...s.enum, null] } : {}),
  });
}

/** A record: every column but the owner and internal ones; required when the table needs it. */
function recordSchema(table: PgTable, skip: string[]): TSchema {
  const properties: Record<string, TSchema> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (skip.includes(key)) continue;
    const required = column.notNull && (!column.hasDefault || column.primary);
    properties[key] = required ? columnSchema(column) : Type.Optional(columnSchema(column));
  }
  return Type.Object(properties, { additionalProperties: false });
}

function collection(
  entry: Omit<Collection, 'schema' | 'owner'> & { owner?: PgColumn },
): Collection {
  const owner = entry.owner ?? (getTableColumns(entry.table).user_id as PgColumn);
  return {
    ...entry,
    owner,
    schema: recordSchema(entry.table, ['user_id', ...(entry.internal ?? [])]),
  };
}

const suggestionKeys = (field: string) => ({
  field,
  prefixes: Object.values(SUGGESTION_KEY_PREFIXES),
});

export const COLLECTIONS: Collection[] = [
  collection({
    name: 'companies',
    table: companies,
    id: companies.company_id,
    references: [],
    mergeKey: companies.company_name,
  }),
  collection({
    name: 'roles',
    table: roles,
    id: roles.role_id,
    references: [],
    mergeKey: roles.role_name,
  }),
  collection({
    name: 'skills',
    table: skills,
    id: skills.skill_id,
    references: [
      { field: 'parent_skill_id', collection: 'skills' },
      { field: 'related_skills', collection: 'skills', list: true },
    ],
    mergeKey: skills.skill_name,
  }),
  collection({
    name: 'interviews',
    table: interviews,
    id: interviews.interview_id,
    references: [
      { field: 'company_id', collection: 'companies' },
      { field: 'role_id', collection: 'roles' },
    ],
    internal: ['company_sort'],
  }),
  collection({
    name: 'rounds',
    table: interviewRounds,
    id: interviewRounds.round_id,
    references: [{ field: 'interview_id', collection: 'interviews' }],
  }),
  collection({
    name: 'questions',
    table: questions,
    id: questions.question_id,
    references: [{ field: 'related_questions', collection: 'questions', list: true }],
    mergeKey: questions.question_text,
  }),
  collection({
    name: 'interview_questions',
    table: interviewQuestions,
    id: interviewQuestions.interview_question_id,
    references: [
      { field: 'interview_id', collection: 'interviews' },
      { field: 'round_id', collection: 'rounds' },
      { field: 'question_id', collection: 'questions' },
    ],
  }),
  collection({
    name: 'interview_skills',
    table: interviewSkills,
    id: interviewSkills.interview_skill_id,
    references: [
      { field: 'interview_id', collection: 'interviews' },
      { field: 'skill_id', collection: 'skills' },
    ],
  }),
  collection({
    name: 'question_skills',
    table: questionSkills,
    id: questionSkills.question_skill_id,
    references: [
      { field: 'question_id', collection: 'questions' },
      { field: 'skill_id', collection: 'skills' },
    ],
  }),
  collection({
    name: 'tasks',
    table: tasks,
    id: tasks.task_id,
    references: [
      { field: 'interview_id', collection: 'interviews' },
      { field: 'round_id', collection: 'rounds' },
    ],
    mergeKey: tasks.suggestion_key,
    keyedBy: suggestionKeys('suggestion_key'),
  }),
  collection({
    name: 'timeline',
    table: interviewEvents,
    id: interviewEvents.event_id,
    references: [
      { field: 'interview_id', collection: 'interviews' },
      { field: 'round_id', collection: 'rounds', loose: true },
    ],
  }),
  collection({
    name: 'practice_cards',
    table: practiceCards,
    id: practiceCards.card_id,
    references: [{ field: 'question_id', collection: 'questions' }],
  }),
  collection({
    name: 'practice_sessions',
    table: practiceSessions,
    id: practiceSessions.session_id,
    references: [
      { field: 'interview_id', collection: 'interviews', loose: true },
      { field: 'role_id', collection: 'roles', loose: true },
      { field: 'question_ids', collection: 'questions', list: true },
    ],
  }),
  collection({
    name: 'practice_reviews',
    table: practiceReviews,
    id: practiceReviews.review_id,
    references: [
      { field: 'question_id', collection: 'questions' },
      { field: 'session_id', collection: 'practice_sessions' },
    ],
  }),
  collection({
    name: 'dismissed_suggestions',
    table: dismissedSuggestions,
    id: dismissedSuggestions.dismissed_id,
    references: [],
    mergeKey: dismissedSuggestions.suggestion_key,
    keyedBy: suggestionKeys('suggestion_key'),
  }),
  // add new collections here (after the collections they refer to)
];

/** Owned tables the export leaves out, and why (every other owned table is a collection). */
export const NOT_EXPORTED = {
  // The secret calendar link belongs to this instance; a restored tracker makes a new one.
  calendar_feeds: calendarFeeds,
  // Not yet: the stage names are a setting, entered again on /settings after a restore.
  stage_labels: stageLabels,
} satisfies Record<string, PgTable>;

/** The document's format; bumped when a change would make an older importer misread it. */
export const EXPORT_VERSION = 1;

/** The property name of a column in its table (drizzle keys, not SQL names). */
export function keyOf(c: Collection, column: unknown): string {
  const entry = Object.entries(getTableColumns(c.table)).find(([, col]) => col === column);
  if (!entry) throw new Error(`column not in ${c.name}`);
  return entry[0];
}
