// The CSV exports (interviews, questions) and the question import. Exports stream page by
// page; the import checks every row, and writes all of them, none of them (a 400 listing the
// rows' errors), or with ?partial=true only the valid ones.
import { Ajv } from 'ajv';
import { stringify } from 'csv-stringify/sync';
import Type from 'typebox';
import type { Db } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { QUESTION_CATEGORIES, QUESTION_DIFFICULTIES } from '../../db/schema.js';
import { validationError } from '../../http/errors.js';
import { NOTE_LIMIT, StringEnum } from '../../http/schema-helpers.js';
import { cell, parseCsv, restore } from './csv.js';
import { createCsvRepository } from './transfer.repository.js';

const PAGE = 500;
const MAX_ROW_ERRORS = 100;

export const INTERVIEW_CSV_COLUMNS = [
  'interview_id',
  'company_name',
  'role_name',
  'custom_role_title',
  'interview_type',
  'seniority_level',
  'interview_status',
  'interview_result',
  'application_date',
  'first_interview_date',
  'final_interview_date',
  'offer_deadline',
  'job_location',
  'is_remote',
  'salary_range',
  'main_skills_required',
  'referral_source',
  'job_posting_url',
  'overall_feedback',
  'created_at',
] as const;

export const QUESTION_CSV_COLUMNS = [
  'question_id',
  'question_text',
  'question_category',
  'question_difficulty',
  'question_context',
  'answer_summary',
  'tags',
  'key_concepts',
  'source',
  'times_asked',
  'is_active',
  'created_at',
] as const;

/** What one imported row may hold (question_id, times_asked… of an export are ignored). */
const QuestionRow = Type.Object({
  question_text: Type.String({ minLength: 10, maxLength: 5000 }),
  question_category: StringEnum(QUESTION_CATEGORIES),
  question_difficulty: Type.Optional(StringEnum(QUESTION_DIFFICULTIES)),
  question_context: Type.Optional(Type.String({ maxLength: NOTE_LIMIT })),
  answer_summary: Type.Optional(Type.String({ maxLength: NOTE_LIMIT })),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 })),
  key_concepts: Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 100 })),
  source: Type.Optional(Type.String({ maxLength: 200 })),
});
const LISTS = new Set(['tags', 'key_concepts']);
const IMPORTED = new Set(Object.keys(QuestionRow.properties));
const validRow = new Ajv({ allErrors: false, strict: false }).compile(QuestionRow);

export interface RowError {
  /** The line of the file (the header is line 1). */
  line: number;
  detail: string;
}

async function* pages<T>(
  read: (after: number) => Promise<T[]>,
  idOf: (row: T) => number,
): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const rows = await read(after);
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
    after = idOf(rows[rows.length - 1] as T);
  }
}

async function* csvOf<T extends Record<string, unknown>>(
  columns: readonly string[],
  batches: AsyncGenerator<T[]>,
): AsyncGenerator<string> {
  yield stringify([columns]);
  for await (const rows of batches) {
    yield stringify(rows.map((row) => columns.map((column) => cell(row[column]))));
  }
}

export function createCsvService({ db }: { db: Db }) {
  const repo = createCsvRepository(db);

  return {
    interviewsCsv(owner: OwnerId) {
      return csvOf(
        INTERVIEW_CSV_COLUMNS,
        pages(
          (after) => repo.interviews(owner, after, PAGE),
          (row) => row.interview_id,
        ),
      );
    },

    questionsCsv(owner: OwnerId) {
      return csvOf(
        QUESTION_CSV_COLUMNS,
        pages(
          (after) => repo.questions(owner, after, PAGE),
          (row) => row.question_id,
        ),
      );
    },

    async importQuestions(
      owner: OwnerId,
      text: string,
      { partial, dryRun = false }: { partial: boolean; dryRun?: boolean },
    ) {
      let rows: string[][];
      try {
        rows = await parseCsv(text);
      } catch (error) {
        throw validationError(`The file is not valid CSV: ${(error as Error).message}`);
      }
      const [header, ...lines] = rows;
      const names = (header ?? []).map((name) => name.trim().toLowerCase());
      const missing = ['question_text', 'question_category'].filter((n) => !names.includes(n));
      if (missing.length > 0) {
        throw validationError(
          `The header row must name ${missing.join(' and ')} (found: ${names.join(', ') || 'nothing'})`,
        );
      }
      const errors: RowError[] = [];
      const valid: Record<string, unknown>[] = [];
      lines.forEach((cells, index) => {
        const line = index + 2;
        const record: Record<string, unknown> = {};
        names.forEach((name, i) => {
          const value = restore(cells[i]?.trim() ?? '');
          if (!IMPORTED.has(name) || value === '') return;
          record[name] = LISTS.has(name)
            ? value
                .split(';')
                .map((s) => s.trim())
                .filter(Boolean)
            : value;
        });
        if (!validRow(record)) {
          const error = validRow.errors?.[0];
          const field = error?.instancePath.split('/')[1] ?? '';
          const detail =
            error?.keyword === 'required'
              ? `${(error.params as { missingProperty: string }).missingProperty} is required`
              : `${field}: ${error?.message ?? 'invalid'}`;
          if (errors.length < MAX_ROW_ERRORS) errors.push({ line, detail });
          return;
        }
        valid.push({ ...record, user_id: owner });
      });
      const skipped = lines.length - valid.length;
      // A preview reports every row, as a partial import would, and writes nothing.
      if (dryRun) return { created: valid.length, skipped, errors };
      if (errors.length > 0 && !partial) {
        const listed = errors
          .slice(0, 20)
          .map((e) => `line ${e.line}: ${e.detail}`)
          .join('; ');
        throw validationError(
          `${skipped} row(s) are invalid, nothing was imported (keep the valid ones with ?partial=true): ${listed}`,
        );
      }
      const created = await repo.insertQuestions(valid as never);
      return { created, skipped, errors };
    },
  };
}
