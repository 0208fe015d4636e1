import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { companies, interviews, questions, roles } from '../../db/schema.js';
import type { Collection } from './transfer.collections.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Row = Record<string, unknown>;

export function createTransferRepository(db: Db) {
  return {
    /** One page of a collection in id order, after the id `after`. */
    page(c: Collection, owner: OwnerId, after: number, limit: number): Promise<Row[]> {
      return db
        .select()
        .from(c.table)
        .where(and(ownedBy(c.owner, owner), gt(c.id, after)))
        .orderBy(asc(c.id))
        .limit(limit) as Promise<Row[]>;
    },

    async count(c: Collection, owner: OwnerId): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(c.table)
        .where(ownedBy(c.owner, owner));
      return row?.n ?? 0;
    },

    async isEmpty(owner: OwnerId, collections: Collection[]): Promise<boolean> {
      for (const c of collections) {
        const rows = await db
          .select({ id: c.id })
          .from(c.table)
          .where(ownedBy(c.owner, owner))
          .limit(1);
        if (rows.length > 0) return false;
      }
      return true;
    },

    /** The owner's rows by their merge key, lower-cased: what ?mode=merge reuses. */
    async keys(tx: Tx, c: Collection, owner: OwnerId): Promise<Map<string, number>> {
      const key = c.mergeKey;
      if (!key) return new Map();
      const rows = await tx
        .select({ id: c.id, key: sql<string>`lower(${key})` })
        .from(c.table)
        .where(and(ownedBy(c.owner, owner), isNotNull(key)))
        .orderBy(asc(c.id));
      const found = new Map<string, number>();
      for (const row of rows) if (!found.has(row.key)) found.set(row.key, row.id as number);
      return found;
    },

    /**
     * Inserts rows, skipping ones that already exist (a link merged twice); returns how many
     * were written and, when all were, their new ids in the order given.
     */
    async insert(
      tx: Tx,
      c: Collection,
      values: Row[],
    ): Promise<{ inserted: number; ids: number[] | undefined }> {
      const rows = (await tx
        .insert(c.table)
        .values(values as never)
        .onConflictDoNothing()
        .returning({ id: c.id })) as { id: number }[];
      // Fewer rows: links that already existed (merge); nothing refers to those by id.
      return {
        inserted: rows.length,
        ids: rows.length === values.length ? rows.map((r) => r.id) : undefined,
      };
    },

    async update(tx: Tx, c: Collection, id: number, values: Row): Promise<void> {
      await tx
        .update(c.table)
        .set(values as never)
        .where(eq(c.id, id));
    },
  };
}

/** Reads for the CSV exports, page by page like the JSON one. */
export function createCsvRepository(db: Db) {
  return {
    interviews(owner: OwnerId, after: number, limit: number) {
      return db
        .select({
          interview_id: interviews.interview_id,
          company_name: companies.company_name,
          role_name: roles.role_name,
          custom_role_title: interviews.custom_role_title,
          interview_type: interviews.interview_type,
          seniority_level: interviews.seniority_level,
          interview_status: interviews.interview_status,
          interview_result: interviews.interview_result,
          application_date: interviews.application_date,
          first_interview_date: interviews.first_interview_date,
          final_interview_date: interviews.final_interview_date,
          offer_deadline: interviews.offer_deadline,
          job_location: interviews.job_location,
          is_remote: interviews.is_remote,
          salary_range: interviews.salary_range,
          main_skills_required: interviews.main_skills_required,
          referral_source: interviews.referral_source,
          job_posting_url: interviews.job_posting_url,
          overall_feedback: interviews.overall_feedback,
          created_at: interviews.created_at,
        })
        .from(interviews)
        .leftJoin(companies, eq(companies.company_id, interviews.company_id))
        .leftJoin(roles, eq(roles.role_id, interviews.role_id))
        .where(and(ownedBy(interviews.user_id, owner), gt(interviews.interview_id, after)))
        .orderBy(asc(interviews.interview_id))
        .limit(limit);
    },

    questions(owner: OwnerId, after: number, limit: number) {
      return db
        .select({
          question_id: questions.question_id,
          question_text: questions.question_text,
          question_category: questions.question_category,
          question_difficulty: questions.question_difficulty,
          question_context: questions.question_context,
          answer_summary: questions.answer_summary,
          tags: questions.tags,
          key_concepts: questions.key_concepts,
          source: questions.source,
          times_asked: questions.times_asked,
          is_active: questions.is_active,
          created_at: questions.created_at,
        })
        .from(questions)
        .where(and(ownedBy(questions.user_id, owner), gt(questions.question_id, after)))
        .orderBy(asc(questions.question_id))
        .limit(limit);
    },

    async insertQuestions(values: (typeof questions.$inferInsert)[]): Promise<number> {
      if (values.length === 0) return 0;
      return db.transaction(async (tx) => {
        let written = 0;
        for (let start = 0; start < values.length; start += 500) {
          const rows = await tx
            .insert(questions)
            .values(values.slice(start, start + 500))
            .returning({ id: questions.question_id });
          written += rows.length;
        }
        return written;
      });
    },
  };
}
