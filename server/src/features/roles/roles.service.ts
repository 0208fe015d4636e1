// Roles: unique names, search over name and description, an exact category filter, and no
// deleting a role that interviews still point to.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { describeInterviews, interviewsUsing } from '../../db/interview-references.js';
import { interviews, roles } from '../../db/schema.js';
import { isDuplicate, lowerOf, matchesAny, nameTaken } from '../../db/sql.js';
import { conflict, notFound } from '../../http/errors.js';
import type { RoleCreateBody, RoleListParams, RoleUpdateBody } from './roles.schemas.js';

const keys = { id: roles.role_id, name: roles.role_name };
const NAME_TAKEN = 'Role with this name already exists';

/** A create or rename that lost a race for its name at the unique index. */
function nameRace(error: unknown): never {
  throw isDuplicate(error, 'roles_role_name_lower_key') ? conflict(NAME_TAKEN) : error;
}

export function createRolesService({ db }: { db: Db }) {
  async function get(roleId: number) {
    const [row] = await db.select().from(roles).where(eq(roles.role_id, roleId));
    if (!row) throw notFound(`Role ${roleId} not found`);
    return row;
  }

  async function assertNameFree(name: string, exceptId?: number) {
    if (await nameTaken(db, keys, name, exceptId)) {
      throw conflict(NAME_TAKEN);
    }
  }

  return {
    get,

    list(query: RoleListParams) {
      return db
        .select()
        .from(roles)
        .where(
          and(
            query.search
              ? matchesAny(query.search, roles.role_name, roles.role_description)
              : undefined,
            query.category !== undefined ? eq(roles.role_category, query.category) : undefined,
          ),
        )
        .orderBy(asc(lowerOf(roles.role_name)), asc(roles.role_id))
        .offset(query.skip)
        .limit(query.limit);
    },

    async create(body: RoleCreateBody) {
      await assertNameFree(body.role_name);
      const [row] = await db.insert(roles).values(body).returning().catch(nameRace);
      return row as typeof roles.$inferSelect;
    },

    async update(roleId: number, body: RoleUpdateBody) {
      const current = await get(roleId);
      if (body.role_name !== undefined) await assertNameFree(body.role_name, roleId);
      if (Object.keys(body).length === 0) return current;
      const [row] = await db
        .update(roles)
        .set(body)
        .where(eq(roles.role_id, roleId))
        .returning()
        .catch(nameRace);
      return row as typeof roles.$inferSelect;
    },

    async remove(roleId: number): Promise<void> {
      const current = await get(roleId);
      const using = await interviewsUsing(db, interviews.role_id, roleId);
      if (using.total > 0) {
        throw conflict(
          `Role "${current.role_name}" is still used by ${describeInterviews(using)}; reassign or delete them first`,
        );
      }
      await db.delete(roles).where(eq(roles.role_id, roleId));
    },
  };
}
