// Companies and roles cannot be deleted while interviews use them; the refusal names those
// interviews so the user can go and fix them.
import { asc, count, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';
import { interviews, roles } from './schema.js';

export interface InterviewsUsing {
  total: number;
  /** The first few, oldest first, with the title the app shows for them. */
  first: { id: number; title: string | null }[];
}

/** Interviews whose `column` (interviews.company_id or interviews.role_id) is `id`. */
export async function interviewsUsing(
  db: Db,
  column: PgColumn,
  id: number,
  limit = 5,
): Promise<InterviewsUsing> {
  const [counted] = await db.select({ n: count() }).from(interviews).where(eq(column, id));
  const first = await db
    .select({
      id: interviews.interview_id,
      title: sql<string | null>`coalesce(${interviews.custom_role_title}, ${roles.role_name})`,
    })
    .from(interviews)
    .leftJoin(roles, eq(roles.role_id, interviews.role_id))
    .where(eq(column, id))
    .orderBy(asc(interviews.interview_id))
    .limit(limit);
  return { total: counted?.n ?? 0, first };
}

/** `2 interviews: #3 (Senior Engineer) and #7`, for a sentence. */
export function describeInterviews({ total, first }: InterviewsUsing): string {
  const names = first.map((row) => (row.title ? `#${row.id} (${row.title})` : `#${row.id}`));
  const more = total - names.length;
  if (more > 0) names.push(`${more} more`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `${total} interview${total === 1 ? '' : 's'}: ${list}`;
}
