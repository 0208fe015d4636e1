// Companies: unique names, a case-insensitive search, and no deleting a company that
// interviews still point to.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { describeInterviews, interviewsUsing } from '../../db/interview-references.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { companies, interviews } from '../../db/schema.js';
import { isDuplicate, lowerOf, matchesAny, nameTaken } from '../../db/sql.js';
import { conflict, notFound } from '../../http/errors.js';
import type {
  CompanyCreateBody,
  CompanyListParams,
  CompanyUpdateBody,
} from './companies.schemas.js';

const keys = { id: companies.company_id, name: companies.company_name, owner: companies.user_id };
const NAME_TAKEN = 'Company with this name already exists';

/** A create or rename that lost a race for its name at the unique index. */
function nameRace(error: unknown): never {
  throw isDuplicate(
    error,
    'companies_company_name_lower_key',
    'companies_user_company_name_lower_key',
  )
    ? conflict(NAME_TAKEN)
    : error;
}

export function createCompaniesService({ db }: { db: Db }) {
  async function get(owner: OwnerId, companyId: number) {
    const [row] = await db
      .select()
      .from(companies)
      .where(and(eq(companies.company_id, companyId), ownedBy(companies.user_id, owner)));
    if (!row) throw notFound(`Company ${companyId} not found`);
    return row;
  }

  async function assertNameFree(owner: OwnerId, name: string, exceptId?: number) {
    if (await nameTaken(db, keys, owner, name, exceptId)) {
      throw conflict(NAME_TAKEN);
    }
  }

  return {
    get,

    list(owner: OwnerId, query: CompanyListParams) {
      return db
        .select()
        .from(companies)
        .where(
          and(
            ownedBy(companies.user_id, owner),
            query.search
              ? matchesAny(query.search, companies.company_name, companies.industry)
              : undefined,
          ),
        )
        .orderBy(asc(lowerOf(companies.company_name)), asc(companies.company_id))
        .offset(query.skip)
        .limit(query.limit);
    },

    async create(owner: OwnerId, body: CompanyCreateBody) {
      await assertNameFree(owner, body.company_name);
      const [row] = await db
        .insert(companies)
        .values({ ...body, user_id: owner })
        .returning()
        .catch(nameRace);
      return row as typeof companies.$inferSelect;
    },

    async update(owner: OwnerId, companyId: number, body: CompanyUpdateBody) {
      const current = await get(owner, companyId);
      if (body.company_name !== undefined) {
        await assertNameFree(owner, body.company_name, companyId);
      }
      if (Object.keys(body).length === 0) return current;
      const [row] = await db
        .update(companies)
        .set(body)
        .where(eq(companies.company_id, companyId))
        .returning()
        .catch(nameRace);
      return row as typeof companies.$inferSelect;
    },

    async remove(owner: OwnerId, companyId: number): Promise<void> {
      const current = await get(owner, companyId);
      const using = await interviewsUsing(db, interviews.company_id, companyId);
      if (using.total > 0) {
        throw conflict(
          `Company "${current.company_name}" is still used by ${describeInterviews(using)}; reassign or delete them first`,
        );
      }
      await db.delete(companies).where(eq(companies.company_id, companyId));
    },
  };
}
