// The tables (Drizzle) and the API's shapes (TypeBox) describe the same records twice: this
// test keeps them in agreement, so a column added, lengthened or made optional in one place
// and forgotten in the other fails here instead of in a user's request.
import { type Column, getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { TObject } from 'typebox';
import { describe, expect, it } from 'vitest';
import { OWNED_TABLES } from '../src/db/owner.js';
import * as schema from '../src/db/schema.js';
import {
  companies,
  interviewQuestions,
  interviewRounds,
  interviews,
  questions,
  roles,
  skills,
} from '../src/db/schema.js';
import { Company, CompanyCreate } from '../src/features/companies/companies.schemas.js';
import {
  InterviewQuestion,
  InterviewQuestionCreate,
} from '../src/features/interview-questions/interview-questions.schemas.js';
import { Interview, InterviewCreate } from '../src/features/interviews/interviews.schemas.js';
import { Question, QuestionCreate } from '../src/features/questions/questions.schemas.js';
import { Role, RoleCreate } from '../src/features/roles/roles.schemas.js';
import { Round, RoundCreate } from '../src/features/rounds/rounds.schemas.js';
import { Skill, SkillCreate } from '../src/features/skills/skills.schemas.js';
import { COLLECTIONS, NOT_EXPORTED } from '../src/features/transfer/transfer.collections.js';

interface Pair {
  table: PgTable;
  /** The record as the API returns it. */
  entry: TObject;
  /** The body that creates it. */
  create: TObject;
  /** Fields of the record that are not columns of the table (joined names). */
  embedded?: string[];
  /** Columns a client never sets (counters kept by the server). */
  serverSet?: string[];
  /** Accepted in a body for compatibility and ignored: the path names the parent. */
  fromPath?: string[];
}

const PAIRS: Record<string, Pair> = {
  companies: { table: companies, entry: Company, create: CompanyCreate },
  roles: { table: roles, entry: Role, create: RoleCreate },
  skills: { table: skills, entry: Skill, create: SkillCreate },
  interviews: {
    table: interviews,
    entry: Interview,
    create: InterviewCreate,
    embedded: ['company_name', 'role_name'],
  },
  interview_rounds: {
    table: interviewRounds,
    entry: Round,
    create: RoundCreate,
    fromPath: ['interview_id'],
  },
  questions: {
    table: questions,
    entry: Question,
    create: QuestionCreate,
    serverSet: ['times_asked'],
  },
  interview_questions: {
    table: interviewQuestions,
    entry: InterviewQuestion,
    create: InterviewQuestionCreate,
    embedded: ['question_text', 'question_category', 'question_difficulty'],
    fromPath: ['interview_id'],
  },
};

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  maxLength?: number;
  default?: unknown;
  items?: JsonSchema;
  format?: string;
}

const ALWAYS_SERVER_SET = ['created_at', 'updated_at'];
/**
 * Columns the API never shows nor takes: the owner of a row is always the caller, and
 * company_sort is the list's sort key, kept by triggers.
 */
const INTERNAL = ['user_id', 'company_sort'];

const typesOf = (schema: JsonSchema) =>
  Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];

const columnsOf = (table: PgTable) =>
  Object.entries(getTableColumns(table)) as unknown as [string, Column & Record<string, unknown>][];

/** The JSON type a column's values take in the API. */
function jsonType(column: Column): string {
  switch (column.columnType) {
    case 'PgInteger':
      return 'integer';
    case 'PgNumericNumber':
      return 'number';
    case 'PgBoolean':
      return 'boolean';
    case 'PgArray':
      return 'array';
    default:
      return 'string';
  }
}

const isIdentity = (column: Column & Record<string, unknown>) =>
  Boolean(column.generatedIdentity) || column.primary;

describe.each(Object.entries(PAIRS))('%s: table and API shapes agree', (_name, pair) => {
  const columns = columnsOf(pair.table).filter(([key]) => !INTERNAL.includes(key));
  const entry = pair.entry.properties as Record<string, JsonSchema>;
  const create = pair.create.properties as Record<string, JsonSchema>;

  it('keeps the owner internal: neither returned nor accepted', () => {
    expect(columnsOf(pair.table).map(([key]) => key)).toContain('user_id');
    expect(Object.keys(entry)).not.toContain('user_id');
    expect(Object.keys(create)).not.toContain('user_id');
  });

  it('the record has exactly the columns, plus the declared embeds', () => {
    expect(Object.keys(entry).sort()).toEqual(
      [...columns.map(([key]) => key), ...(pair.embedded ?? [])].sort(),
    );
  });

  it.each(columns)('%s: type, length, nullability, enum and default match', (key, column) => {
    const returned = entry[key] as JsonSchema;
    const types = typesOf(returned);
    expect(types.filter((t) => t !== 'null')).toEqual([jsonType(column)]);
    // A nullable column is nullable in the record, and only then.
    expect(types.includes('null')).toBe(!column.notNull);
    if (column.columnType === 'PgVarchar') {
      expect(returned.maxLength ?? create[key]?.maxLength).toBe(column.length);
    }
    if (column.enumValues && column.columnType === 'PgEnumColumn') {
      expect(returned.enum?.filter((v) => v !== null)).toEqual(column.enumValues);
    }
    if (column.columnType === 'PgTimestamp') expect(returned.format).toBe('date-time');
    if (column.columnType === 'PgDate') expect(returned.format).toBe('date');

    const accepted = create[key];
    if (isIdentity(column) || ALWAYS_SERVER_SET.includes(key) || pair.serverSet?.includes(key)) {
      // Set by the server: a create body may only send it back, to be ignored.
      expect(
        accepted === undefined || (accepted as Record<string, unknown>)['x-read-only'] === true,
        `${key} is set by the server, not by a create body`,
      ).toBe(true);
      return;
    }
    expect(accepted, `${key} can be sent when creating`).toBeDefined();
    if (pair.fromPath?.includes(key)) {
      expect(pair.create.required ?? []).not.toContain(key);
      return;
    }
    const input = accepted as JsonSchema;
    if (column.columnType === 'PgVarchar') expect(input.maxLength).toBe(column.length);
    expect(typesOf(input).includes('null')).toBe(!column.notNull);
    // A literal column default is the body's default too, so the API documents what is stored.
    const literalDefault =
      column.hasDefault && typeof column.default !== 'object' ? column.default : undefined;
    expect(input.default).toEqual(literalDefault);
    // Required in the body exactly when the database has no way to fill it in.
    const required = pair.create.required ?? [];
    expect(required.includes(key)).toBe(column.notNull && !column.hasDefault);
  });
});

// Each table with an owner is handed to the first account of a tracker used without accounts,
// and travels in the export (or says why not): a new owned table forgotten in either fails here.
describe('owned tables', () => {
  const owned = Object.values(schema as Record<string, unknown>)
    .filter((value): value is PgTable => is(value, PgTable))
    // Owned rows may have no owner (AUTH=none); the accounts' own tables always have one.
    .filter((table) => getTableColumns(table).user_id?.notNull === false);
  const names = (tables: PgTable[]) => tables.map(getTableName).sort();

  it('are all adopted by the first account', () => {
    expect(names(OWNED_TABLES)).toEqual(names(owned));
  });

  it('are all exported, but for those listed with a reason', () => {
    const exported = COLLECTIONS.map((c) => c.table);
    expect(names([...exported, ...Object.values(NOT_EXPORTED)])).toEqual(names(owned));
  });
});
