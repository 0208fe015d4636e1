// Export and import of a caller's whole data. The export streams page by page; the import
// checks the whole document first (shapes, duplicate ids, references inside the document),
// then writes it in one transaction with every id remapped, so a bad record writes nothing.
import { getTableColumns, TransactionRollbackError } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { OwnerId } from '../../db/owner.js';
import { validationError } from '../../http/errors.js';
import { COLLECTIONS, type Collection, EXPORT_VERSION } from './transfer.collections.js';
import { createTransferRepository } from './transfer.repository.js';
import { findProblems, prepared, strip } from './transfer-validation.js';

const PAGE = 500;

type Row = Record<string, unknown>;
export type ImportMode = 'restore' | 'merge';
export interface ImportSummary {
  mode: ImportMode;
  dry_run: boolean;
  collections: Record<string, { created: number; merged: number }>;
}

/** The Postgres message of a failed statement, without Drizzle's SQL dump. */
const databaseMessage = (error: unknown) => {
  const cause = (error as { cause?: { message?: string } }).cause;
  return cause?.message ?? (error as Error).message;
};

/**
 * The record with the id in its keyed field (a suggested task's key) remapped. A key whose
 * record is not in the document names nothing any more: the field becomes null, or where it is
 * required the record is left out.
 */
function remapKey(
  c: Collection,
  record: Row,
  maps: Map<string, Map<number, number>>,
): Row | undefined {
  const keyed = c.keyedBy;
  const value = keyed ? record[keyed.field] : undefined;
  if (!keyed || typeof value !== 'string') return record;
  const kind = keyed.prefixes.find(({ prefix }) => value.startsWith(prefix));
  if (!kind) return record;
  const id = maps.get(kind.of)?.get(Number(value.slice(kind.prefix.length)));
  if (id !== undefined) return { ...record, [keyed.field]: `${kind.prefix}${id}` };
  return getTableColumns(c.table)[keyed.field]?.notNull
    ? undefined
    : { ...record, [keyed.field]: null };
}

export function createTransferService({ db }: { db: Db }) {
  const repo = createTransferRepository(db);

  return {
    /** The document, piece by piece: never the whole of it in memory. */
    /** How many records an export of the owner holds (for a progress bar). */
    async count(owner: OwnerId): Promise<number> {
      let total = 0;
      for (const c of COLLECTIONS) total += await repo.count(c, owner);
      return total;
    },

    async *exportDocument(
      owner: OwnerId,
      onRecords: (n: number) => void = () => {},
    ): AsyncGenerator<string> {
      yield `{"version":${EXPORT_VERSION},"exported_at":${JSON.stringify(new Date().toISOString())}`;
      for (const p of prepared) {
        yield `,${JSON.stringify(p.c.name)}:[`;
        let after = 0;
        let first = true;
        for (;;) {
          const rows = await repo.page(p.c, owner, after, PAGE);
          if (rows.length > 0) {
            const text = rows.map((row) => JSON.stringify(strip(p.c, row))).join(',');
            yield first ? text : `,${text}`;
            first = false;
            onRecords(rows.length);
          }
          if (rows.length < PAGE) break;
          after = rows[rows.length - 1]?.[p.idKey] as number;
        }
        yield ']';
      }
      yield '}\n';
    },

    async importDocument(
      owner: OwnerId,
      document: Row,
      {
        mode,
        dryRun,
        onRecords = () => {},
      }: { mode: ImportMode; dryRun: boolean; onRecords?: (n: number) => void },
    ): Promise<ImportSummary> {
      const problems = findProblems(document);
      if (problems.length > 0) {
        throw validationError(
          `The document was not imported (nothing was written): ${problems.join('; ')}`,
        );
      }
      if (mode === 'restore' && !(await repo.isEmpty(owner, COLLECTIONS))) {
        throw validationError(
          'This account already has data: restore into an empty account, or merge with ?mode=merge',
        );
      }
      const summary: ImportSummary = { mode, dry_run: dryRun, collections: {} };
      try {
        await db.transaction(async (tx) => {
          const maps = new Map<string, Map<number, number>>();
          for (const p of prepared) {
            const { c } = p;
            const records = (document[c.name] ?? []) as Row[];
            const map = new Map<number, number>();
            maps.set(c.name, map);
            const existing = mode === 'merge' ? await repo.keys(tx, c, owner) : new Map();
            const pending: { docId: number; values: Row; self: Row }[] = [];
            let merged = 0;
            for (const original of records) {
              const record = remapKey(c, original, maps);
              if (!record) {
                onRecords(1);
                continue;
              }
              const docId = record[p.idKey] as number;
              const key = p.mergeKey ? record[p.mergeKey] : undefined;
              const hit = typeof key === 'string' ? existing.get(key.toLowerCase()) : undefined;
              if (hit !== undefined) {
                map.set(docId, hit);
                merged++;
                onRecords(1);
                continue;
              }
              const values: Row = { ...record, user_id: owner };
              delete values[p.idKey];
              for (const key of p.timestamps) {
                if (typeof values[key] === 'string') values[key] = new Date(values[key] as string);
              }
              const self: Row = {};
              for (const ref of c.references) {
                const value = values[ref.field];
                if (value === null || value === undefined) continue;
                if (ref.collection === c.name) {
                  // Resolved once the whole collection has its new ids.
                  self[ref.field] = value;
                  values[ref.field] = null;
                  continue;
                }
                const target = maps.get(ref.collection) as Map<number, number>;
                values[ref.field] = ref.list
                  ? (value as number[]).flatMap((id) => target.get(id) ?? [])
                  : ref.loose
                    ? (target.get(value as number) ?? value)
                    : target.get(value as number);
              }
              pending.push({ docId, values, self });
            }
            let created = 0;
            for (let start = 0; start < pending.length; start += PAGE) {
              const chunk = pending.slice(start, start + PAGE);
              let result: Awaited<ReturnType<typeof repo.insert>>;
              try {
                result = await repo.insert(
                  tx,
                  c,
                  chunk.map((r) => r.values),
                );
              } catch (error) {
                throw validationError(
                  `The document was not imported (nothing was written): /${c.name} (records ` +
                    `${start} to ${start + chunk.length - 1}): ${databaseMessage(error)}`,
                );
              }
              created += result.inserted;
              onRecords(chunk.length);
              chunk.forEach((r, i) => {
                const id = result.ids?.[i];
                if (id !== undefined) map.set(r.docId, id);
              });
            }
            for (const { docId, self, values: inserted } of pending) {
              if (Object.keys(self).length === 0) continue;
              const id = map.get(docId);
              if (id === undefined) continue;
              // Linking the row to its own collection is part of restoring it, not an edit.
              const values: Row =
                inserted.updated_at instanceof Date ? { updated_at: inserted.updated_at } : {};
              for (const [field, value] of Object.entries(self)) {
                values[field] = Array.isArray(value)
                  ? value.flatMap((v: number) => map.get(v) ?? [])
                  : (map.get(value as number) ?? null);
              }
              await repo.update(tx, c, id, values);
            }
            summary.collections[c.name] = { created, merged };
          }
          if (dryRun) tx.rollback();
        });
      } catch (error) {
        if (!(error instanceof TransactionRollbackError)) throw error;
      }
      return summary;
    },
  };
}
