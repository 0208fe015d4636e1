// The queries of accounts: users, server-side sessions and personal tokens. Sessions and
// tokens are looked up by the SHA-256 of what the client holds; the secret itself is never
// stored.
import { and, asc, count, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { adoptUnowned } from '../../db/owner.js';
import { apiTokens, sessions, users } from '../../db/schema.js';

export type UserRow = typeof users.$inferSelect;

const userColumns = {
  user_id: users.user_id,
  email: users.email,
  role: users.role,
  disabled_at: users.disabled_at,
  created_at: users.created_at,
};

const tokenColumns = {
  token_id: apiTokens.token_id,
  name: apiTokens.name,
  token_prefix: apiTokens.token_prefix,
  created_at: apiTokens.created_at,
  last_used_at: apiTokens.last_used_at,
};

export function createAuthRepository(db: Db) {
  return {
    async userCount(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(users);
      return row?.n ?? 0;
    },

    async owner() {
      const [row] = await db.select(userColumns).from(users).where(eq(users.role, 'owner'));
      return row;
    },

    /** With the hash: only login and password changes read it. */
    async userByEmail(email: string): Promise<UserRow | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
      return row;
    },

    async userById(userId: number): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.user_id, userId));
      return row;
    },

    async userView(userId: number) {
      const [row] = await db.select(userColumns).from(users).where(eq(users.user_id, userId));
      return row;
    },

    listUsers() {
      return db.select(userColumns).from(users).orderBy(asc(users.user_id));
    },

    async insertUser(values: typeof users.$inferInsert) {
      const [row] = await db.insert(users).values(values).returning(userColumns);
      return row as NonNullable<typeof row>;
    },

    /** The first account: the owner, who adopts every row written before accounts existed. */
    async insertOwner(email: string, passwordHash: string) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(users)
          .values({ email, password_hash: passwordHash, role: 'owner' })
          .returning(userColumns);
        const owner = row as NonNullable<typeof row>;
        await adoptUnowned(tx, owner.user_id);
        return owner;
      });
    },

    async updateUser(userId: number, patch: Partial<typeof users.$inferInsert>) {
      const [row] = await db
        .update(users)
        .set(patch)
        .where(eq(users.user_id, userId))
        .returning(userColumns);
      return row;
    },

    /** A disabled user's sessions and tokens end with the account. */
    async disableUser(userId: number) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(users)
          .set({ disabled_at: sql`coalesce(${users.disabled_at}, now())` })
          .where(eq(users.user_id, userId))
          .returning(userColumns);
        await tx.delete(sessions).where(eq(sessions.user_id, userId));
        await tx.delete(apiTokens).where(eq(apiTokens.user_id, userId));
        return row;
      });
    },

    async insertSession(values: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(values);
    },

    /** A live session and its user (disabled users have none: disabling deletes them). */
    async sessionUser(sessionHash: string) {
      const [row] = await db
        .select({ ...userColumns, created: sessions.created_at, expires_at: sessions.expires_at })
        .from(sessions)
        .innerJoin(users, eq(users.user_id, sessions.user_id))
        .where(
          and(
            eq(sessions.session_hash, sessionHash),
            gt(sessions.expires_at, sql`now()`),
            isNull(users.disabled_at),
          ),
        );
      return row;
    },

    async extendSession(sessionHash: string, expiresAt: Date): Promise<void> {
      await db
        .update(sessions)
        .set({ expires_at: expiresAt })
        .where(eq(sessions.session_hash, sessionHash));
    },

    async deleteSession(sessionHash: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.session_hash, sessionHash));
    },

    /** Ends every session of the user but `keep` (the one changing the password). */
    async deleteSessions(userId: number, keep?: string | null): Promise<void> {
      await db
        .delete(sessions)
        .where(
          and(eq(sessions.user_id, userId), keep ? ne(sessions.session_hash, keep) : undefined),
        );
    },

    async tokenUser(tokenHash: string) {
      const [row] = await db
        .select({
          ...userColumns,
          token_id: apiTokens.token_id,
          last_used_at: apiTokens.last_used_at,
        })
        .from(apiTokens)
        .innerJoin(users, eq(users.user_id, apiTokens.user_id))
        .where(and(eq(apiTokens.token_hash, tokenHash), isNull(users.disabled_at)));
      return row;
    },

    async touchToken(tokenId: number): Promise<void> {
      await db
        .update(apiTokens)
        .set({ last_used_at: sql`now()` })
        .where(eq(apiTokens.token_id, tokenId));
    },

    async insertToken(values: typeof apiTokens.$inferInsert) {
      const [row] = await db.insert(apiTokens).values(values).returning(tokenColumns);
      return row as NonNullable<typeof row>;
    },

    listTokens(userId: number) {
      return db
        .select(tokenColumns)
        .from(apiTokens)
        .where(eq(apiTokens.user_id, userId))
        .orderBy(asc(apiTokens.token_id));
    },

    /** True when the user had that token (another user's id deletes nothing). */
    async deleteToken(userId: number, tokenId: number): Promise<boolean> {
      const removed = await db
        .delete(apiTokens)
        .where(and(eq(apiTokens.token_id, tokenId), eq(apiTokens.user_id, userId)))
        .returning({ id: apiTokens.token_id });
      return removed.length > 0;
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
