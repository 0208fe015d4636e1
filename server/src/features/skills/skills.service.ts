// Skills: unique names, search over name and description, category and trending filters, a
// parent that must exist and is not the skill itself. Lists show active skills only; a retired
// skill stays readable by id.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { type OwnerId, ownedBy } from '../../db/owner.js';
import { skills } from '../../db/schema.js';
import { isDuplicate, lowerOf, matchesAny, nameTaken } from '../../db/sql.js';
import { conflict, notFound, validationError } from '../../http/errors.js';
import type { SkillCreateBody, SkillListParams, SkillUpdateBody } from './skills.schemas.js';

const keys = { id: skills.skill_id, name: skills.skill_name, owner: skills.user_id };
const NAME_TAKEN = 'Skill with this name already exists';

/** A create or rename that lost a race for its name at the unique index. */
function nameRace(error: unknown): never {
  throw isDuplicate(error, 'skills_skill_name_lower_key', 'skills_user_skill_name_lower_key')
    ? conflict(NAME_TAKEN)
    : error;
}

export function createSkillsService({ db }: { db: Db }) {
  async function find(owner: OwnerId, skillId: number) {
    const [row] = await db
      .select()
      .from(skills)
      .where(and(eq(skills.skill_id, skillId), ownedBy(skills.user_id, owner)));
    return row;
  }

  async function get(owner: OwnerId, skillId: number) {
    const row = await find(owner, skillId);
    if (!row) throw notFound(`Skill ${skillId} not found`);
    return row;
  }

  async function assertNameFree(owner: OwnerId, name: string, exceptId?: number) {
    if (await nameTaken(db, keys, owner, name, exceptId)) {
      throw conflict(NAME_TAKEN);
    }
  }

  async function assertParent(
    owner: OwnerId,
    parentId: number | null | undefined,
    skillId?: number,
  ) {
    if (parentId == null) return;
    if (parentId === skillId) {
      throw validationError('body/parent_skill_id must not be the skill itself');
    }
    if (!(await find(owner, parentId))) throw notFound(`Parent skill ${parentId} not found`);
  }

  /** related_skills must name skills that exist, and not the skill itself. */
  async function assertRelated(
    owner: OwnerId,
    related: number[] | null | undefined,
    skillId?: number,
  ) {
    if (!related?.length) return;
    if (skillId !== undefined && related.includes(skillId)) {
      throw validationError('body/related_skills must not include the skill itself');
    }
    const wanted = [...new Set(related)];
    const found = await db
      .select({ id: skills.skill_id })
      .from(skills)
      .where(and(inArray(skills.skill_id, wanted), ownedBy(skills.user_id, owner)));
    const known = new Set(found.map((row) => row.id));
    const missing = wanted.filter((id) => !known.has(id));
    if (missing.length > 0) throw notFound(`Related skill(s) ${missing.join(', ')} not found`);
  }

  return {
    get,

    list(owner: OwnerId, query: SkillListParams) {
      return db
        .select()
        .from(skills)
        .where(
          and(
            ownedBy(skills.user_id, owner),
            eq(skills.is_active, true),
            query.search
              ? matchesAny(query.search, skills.skill_name, skills.skill_description)
              : undefined,
            query.category !== undefined ? eq(skills.skill_category, query.category) : undefined,
            query.is_trending !== undefined ? eq(skills.is_trending, query.is_trending) : undefined,
          ),
        )
        .orderBy(asc(lowerOf(skills.skill_name)), asc(skills.skill_id))
        .offset(query.skip)
        .limit(query.limit);
    },

    async create(owner: OwnerId, body: SkillCreateBody) {
      await assertNameFree(owner, body.skill_name);
      await assertParent(owner, body.parent_skill_id);
      await assertRelated(owner, body.related_skills);
      const [row] = await db
        .insert(skills)
        .values({ ...body, user_id: owner })
        .returning()
        .catch(nameRace);
      return row as typeof skills.$inferSelect;
    },

    async update(owner: OwnerId, skillId: number, body: SkillUpdateBody) {
      const current = await get(owner, skillId);
      if (body.skill_name !== undefined) await assertNameFree(owner, body.skill_name, skillId);
      await assertParent(owner, body.parent_skill_id, skillId);
      await assertRelated(owner, body.related_skills, skillId);
      if (Object.keys(body).length === 0) return current;
      const [row] = await db
        .update(skills)
        .set(body)
        .where(eq(skills.skill_id, skillId))
        .returning()
        .catch(nameRace);
      return row as typeof skills.$inferSelect;
    },

    /** Nothing blocks it: child skills lose their parent (ON DELETE SET NULL). */
    async remove(owner: OwnerId, skillId: number): Promise<void> {
      await get(owner, skillId);
      await db.delete(skills).where(eq(skills.skill_id, skillId));
    },
  };
}
