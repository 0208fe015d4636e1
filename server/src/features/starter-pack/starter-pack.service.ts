// The starter pack as a catalogue a user browses and imports from: search, filters, and an
// import that turns entries into bank questions (skipping the ones already there), in one
// transaction.
import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { questions } from '../../db/schema.js';
import { notFound, validationError } from '../../http/errors.js';
import { createPackIndex, type PackIndex } from '../../knowledge/search.js';
import { type PackEntry, packEntryQuestion, starterPack } from '../../knowledge/starter-pack.js';
import type { PackImportBody, PackListParams } from './starter-pack.schemas.js';

export { PACK_SOURCE } from '../../knowledge/starter-pack.js';

export function createStarterPackService({
  db,
  entries = starterPack(),
}: {
  db: Db;
  entries?: PackEntry[];
}) {
  let index: PackIndex | undefined;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));

  /** Bank question ids by lower-cased question text, for the entries given. */
  async function inBank(owner: OwnerId, chosen: PackEntry[], executor: Pick<Db, 'select'> = db) {
    if (chosen.length === 0) return new Map<string, number>();
    const texts = chosen.map((e) => e.question.toLowerCase());
    const rows = await executor
      .select({ id: questions.question_id, text: sql<string>`lower(${questions.question_text})` })
      .from(questions)
      .where(
        and(
          ownedBy(questions.user_id, owner),
          inArray(sql`lower(${questions.question_text})`, texts),
        ),
      );
    return new Map(rows.map((row) => [row.text, row.id]));
  }

  const summarise = (entry: PackEntry, bank: Map<string, number>) => ({
    id: entry.id,
    agent: entry.agent,
    question: entry.question,
    category: entry.category,
    difficulty: entry.difficulty,
    tags: entry.tags,
    summary: entry.summary,
    imported_question_id: bank.get(entry.question.toLowerCase()) ?? null,
  });

  return {
    async list(owner: OwnerId, query: PackListParams) {
      let found: PackEntry[];
      if (query.search?.trim()) {
        index ??= createPackIndex(entries);
        found = index.search(query.search, { limit: entries.length }).map((m) => m.entry);
      } else {
        found = entries;
      }
      found = found.filter(
        (entry) =>
          (!query.agent || entry.agent === query.agent) &&
          (!query.category || entry.category === query.category),
      );
      const page = found.slice(query.skip, query.skip + query.limit);
      const bank = await inBank(owner, page);
      return {
        total: found.length,
        skip: query.skip,
        limit: query.limit,
        data: page.map((entry) => summarise(entry, bank)),
      };
    },

    async get(owner: OwnerId, entryId: string) {
      const entry = byId.get(entryId);
      if (!entry) throw notFound(`Starter-pack entry ${entryId} not found`);
      const bank = await inBank(owner, [entry]);
      return { ...entry, ...summarise(entry, bank) };
    },

    async import(owner: OwnerId, body: PackImportBody) {
      if (!body.ids && !body.agent && !body.category) {
        throw validationError('body must name ids, an agent or a category to import');
      }
      const unknown = (body.ids ?? []).filter((id) => !byId.has(id));
      if (unknown.length > 0) {
        throw notFound(`Starter-pack entries not found: ${unknown.join(', ')}`);
      }
      const wanted = new Set(body.ids ?? []);
      const chosen = entries.filter(
        (entry) =>
          (!body.ids || wanted.has(entry.id)) &&
          (!body.agent || entry.agent === body.agent) &&
          (!body.category || entry.category === body.category),
      );
      return db.transaction(async (tx) => {
        // Inside the transaction: PGlite has one connection, which the transaction holds.
        const bank = await inBank(owner, chosen, tx);
        const skipped = chosen
          .filter((entry) => bank.has(entry.question.toLowerCase()))
          .map((entry) => ({
            id: entry.id,
            question_id: bank.get(entry.question.toLowerCase()) as number,
          }));
        const fresh = chosen.filter((entry) => !bank.has(entry.question.toLowerCase()));
        const imported: { id: string; question_id: number }[] = [];
        if (fresh.length > 0) {
          const rows = await tx
            .insert(questions)
            .values(fresh.map((entry) => ({ ...packEntryQuestion(entry), user_id: owner })))
            .returning({ id: questions.question_id });
          rows.forEach((row, i) => {
            imported.push({ id: (fresh[i] as PackEntry).id, question_id: row.id });
          });
        }
        return { imported, skipped };
      });
    },
  };
}
