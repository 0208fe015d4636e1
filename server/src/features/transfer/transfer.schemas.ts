import Type from 'typebox';
import { StringEnum } from '../../http/schema-helpers.js';
import { COLLECTIONS, EXPORT_VERSION } from './transfer.collections.js';

const records = Type.Array(Type.Object({}, { additionalProperties: true }), {
  description: 'Records of the collection, with their ids in this document',
});

/** The document's outline; each record is checked by the import, which lists every problem. */
export const ExportDocument = Type.Object(
  {
    version: Type.Integer({ description: `Format version (${EXPORT_VERSION})` }),
    exported_at: Type.Optional(Type.String({ format: 'date-time' })),
    ...Object.fromEntries(COLLECTIONS.map((c) => [c.name, Type.Optional(records)])),
  },
  { additionalProperties: true, title: 'ExportDocument' },
);

export const ImportQuery = Type.Object(
  {
    mode: Type.Optional(
      StringEnum(['restore', 'merge'] as const, {
        default: 'restore',
        description:
          'restore: into an account with no data; merge: reuse companies, roles, skills and ' +
          'questions with the same name (case-insensitive), add the rest',
      }),
    ),
    dry_run: Type.Optional(
      Type.Boolean({ default: false, description: 'Check and count, write nothing' }),
    ),
  },
  { additionalProperties: false },
);

const Counts = Type.Object({
  created: Type.Integer({ minimum: 0 }),
  merged: Type.Integer({ minimum: 0, description: 'Matched an existing record by name' }),
});

export const ImportSummary = Type.Object(
  {
    mode: StringEnum(['restore', 'merge'] as const),
    dry_run: Type.Boolean(),
    collections: Type.Record(Type.String(), Counts),
  },
  { title: 'ImportSummary' },
);

/** 50 MB: an import is the one body allowed past the server's 1 MB. */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

/** 10 MB of CSV: some 20,000 questions. */
export const CSV_BODY_LIMIT = 10 * 1024 * 1024;

export const CsvImportQuery = Type.Object(
  {
    partial: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'Write the valid rows and report the others, instead of refusing the file',
      }),
    ),
    dry_run: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'Check every row and count what would be created; write nothing',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CsvImportResult = Type.Object(
  {
    created: Type.Integer({ minimum: 0 }),
    skipped: Type.Integer({ minimum: 0, description: 'Invalid rows left out (?partial=true)' }),
    errors: Type.Array(
      Type.Object({
        line: Type.Integer({ description: 'Line of the file; the header is line 1' }),
        detail: Type.String(),
      }),
      { description: 'The first 100 invalid rows' },
    ),
  },
  { title: 'CsvImportResult' },
);
