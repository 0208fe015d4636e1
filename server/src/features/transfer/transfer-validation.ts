// Checks a whole export document before anything is written: each record's shape (derived
// from its table), ids and unique names appearing twice, and references to records the
// document does not have. Every problem is reported with its JSON path.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { getTableColumns } from 'drizzle-orm';
import { COLLECTIONS, type Collection, EXPORT_VERSION, keyOf } from './transfer.collections.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

/** How many problems a rejected document lists. */
export const MAX_PROBLEMS = 20;

type Row = Record<string, unknown>;

export interface Prepared {
  c: Collection;
  idKey: string;
  mergeKey?: string;
  timestamps: string[];
  validate: ValidateFunction;
  /** Names that must be unique in a document (they are unique per owner in the database). */
  uniqueKey: boolean;
}

export const prepared: Prepared[] = COLLECTIONS.map((c) => ({
  c,
  idKey: keyOf(c, c.id),
  mergeKey: c.mergeKey ? keyOf(c, c.mergeKey) : undefined,
  timestamps: Object.entries(getTableColumns(c.table))
    .filter(([, col]) => col.columnType === 'PgTimestamp')
    .map(([key]) => key),
  validate: ajv.compile(c.schema),
  uniqueKey: c.mergeKey !== undefined && c.name !== 'questions',
}));

const internalKeys = (c: Collection) => ['user_id', ...(c.internal ?? [])];

export function strip(c: Collection, row: Row): Row {
  const out = { ...row };
  for (const key of internalKeys(c)) delete out[key];
  return out;
}

/** Every problem of the document, in order, as `/path: message`. */
export function findProblems(document: Row, limit = MAX_PROBLEMS): string[] {
  const problems: string[] = [];
  const add = (problem: string) => {
    if (problems.length < limit) problems.push(problem);
  };
  const version = document.version;
  if (
    !Number.isInteger(version) ||
    (version as number) < 1 ||
    (version as number) > EXPORT_VERSION
  ) {
    add(`/version: must be an integer from 1 to ${EXPORT_VERSION} (this server's format)`);
  }
  const known = new Set(['version', 'exported_at', ...COLLECTIONS.map((c) => c.name)]);
  for (const key of Object.keys(document)) {
    if (!known.has(key)) add(`/${key}: not a collection this server knows`);
  }
  const ids = new Map<string, Set<number>>();
  for (const p of prepared) {
    const records = document[p.c.name];
    const seen = new Set<number>();
    ids.set(p.c.name, seen);
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      add(`/${p.c.name}: must be an array of records`);
      continue;
    }
    const names = new Set<string>();
    records.forEach((record: unknown, index) => {
      const path = `/${p.c.name}/${index}`;
      if (!p.validate(record)) {
        for (const error of p.validate.errors ?? []) {
          const extra =
            error.keyword === 'additionalProperties'
              ? ` (${(error.params as { additionalProperty: string }).additionalProperty})`
              : '';
          add(`${path}${error.instancePath}: ${error.message}${extra}`);
        }
        return;
      }
      const row = record as Row;
      const id = row[p.idKey] as number;
      if (seen.has(id)) add(`${path}/${p.idKey}: id ${id} appears twice in ${p.c.name}`);
      seen.add(id);
      if (p.uniqueKey && p.mergeKey && typeof row[p.mergeKey] === 'string') {
        const name = (row[p.mergeKey] as string).toLowerCase();
        if (names.has(name)) add(`${path}/${p.mergeKey}: "${row[p.mergeKey]}" appears twice`);
        names.add(name);
      }
    });
  }
  // References point inside the document: its ids mean nothing in this database.
  for (const p of prepared) {
    const records = document[p.c.name];
    if (!Array.isArray(records)) continue;
    records.forEach((record: unknown, index) => {
      if (!record || typeof record !== 'object') return;
      for (const ref of p.c.references) {
        if (ref.list || ref.loose) continue;
        const value = (record as Row)[ref.field];
        if (typeof value !== 'number') continue;
        if (!ids.get(ref.collection)?.has(value)) {
          add(
            `/${p.c.name}/${index}/${ref.field}: no record of ${ref.collection} with id ${value} in this document`,
          );
        }
      }
    });
  }
  return problems;
}
