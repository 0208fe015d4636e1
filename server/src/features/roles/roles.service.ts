// Roles: unique names, search over name and description, an exact category filter, and no
// deleting a role that interviews still point to.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { describeInterviews, interviewsUsing } from '../../db/interview-references.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { interviews, roles } from '../../db/schema.js';
import { isDuplicate, lowerOf, matchesAny, nameTaken } from '../../db/sql.js';
import { conflict, notFound } from '../../http/errors.js';
import type { RoleCreateBody, RoleListParams, RoleUpdateBody } from './roles.schemas.js';

const keys = { id: roles.role_id, name: roles.role_name, owner: roles.user_id };
const NAME_TAKEN = 'Role with this name already exists';

/** A create or rename that lost a race for its name at the unique index. */
function nameRace(error: unknown): never {
  throw isDuplicate(error, 'roles_role_name_lower_key', 'roles_user_role_name_lower_key')
    ? conflict(NAME_TAKEN)
    : error;
}

export function createRolesService({ db }: { db: Db }) {
  async function get(owner: OwnerId, roleId: number) {
    const [row] = await db
      .select()
      .from(roles)
      .where(and(eq(roles.role_id, roleId), ownedBy(roles.user_id, owner)));
    if (!row) throw notFound(`Role ${roleId} not found`);
    return row;
  }

  async function assertNameFree(owner: OwnerId, name: string, exceptId?: number) {
    if (await nameTaken(db, keys, owner, name, exceptId)) {
      throw conflict(NAME_TAKEN);
    }
  }

  return {
    get,

    list(owner: OwnerId, query: RoleListParams) {
      return db
        .select()
        .from(roles)
        .where(
          and(
            ownedBy(roles.user_id, owner),
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

    async create(owner: OwnerId, body: RoleCreateBody) {
      await assertNameFree(owner, body.role_name);
      const [row] = await db
        .insert(roles)
        .values({ ...body, user_id: owner })
        .returning()
        .catch(nameRace);
      return row as typeof roles.$inferSelect;
    },

    async update(owner: OwnerId, roleId: number, body: RoleUpdateBody) {
      const current = await get(owner, roleId);
      if (body.role_name !== undefined) await assertNameFree(owner, body.role_name, roleId);
      if (Object.keys(body).length === 0) return current;
      const [row] = await db
        .update(roles)
        .set(body)
        .where(eq(roles.role_id, roleId))
        .returning()
        .catch(nameRace);
      return row as typeof roles.$inferSelect;
    },

    async remove(owner: OwnerId, roleId: number): Promise<void> {
      const current = await get(owner, roleId);
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
