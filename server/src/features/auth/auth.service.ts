// Logging in and out, the owner account, passwords and personal tokens. Passwords are hashed
// with argon2id; session ids and tokens are 256 random bits the client holds and the database
// knows only by SHA-256 (for secrets that random, a slow hash would add nothing).
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { isDuplicate } from '../../db/sql.js';
import type { Caller } from '../../http/authentication.js';
import { conflict, notFound, unauthorized, validationError } from '../../http/errors.js';
import { createAuthRepository } from './auth.repository.js';
import type { CredentialsBody, PasswordChangeBody, UserView } from './auth.schemas.js';

/** A session ends after a week unused, and a month after login whatever happens. */
export const SESSION_IDLE_MS = 7 * 24 * 3_600_000;
export const SESSION_MAX_MS = 30 * 24 * 3_600_000;
/** Sliding the expiry is a write: at most one an hour per session. */
const SLIDE_EVERY_MS = 3_600_000;
const TOKEN_TOUCH_EVERY_MS = 60_000;

const WRONG_CREDENTIALS = 'Wrong email or password';
const ACCOUNTS_OFF =
  'Accounts are off on this server (AUTH=none): there is no login, and every request sees the same tracker';

export const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');
const secret = () => randomBytes(32).toString('base64url');
// Argon2id (the library's Algorithm.Argon2id, a const enum TypeScript cannot import here), at
// the library's defaults: 19 MiB, 2 passes, as OWASP recommends.
const ARGON2ID = 2;
export const hashPassword = (password: string) => hash(password, { algorithm: ARGON2ID });

export function createAuthService({ db, config }: { db: Db; config: Config }) {
  const repo = createAuthRepository(db);
  const accounts = config.auth.mode === 'password';
  // Checked against when the email is unknown, so that a wrong address costs what a wrong
  // password costs and the time taken does not say which accounts exist.
  let dummyHash: Promise<string> | undefined;

  function assertAccounts() {
    if (!accounts) throw notFound(ACCOUNTS_OFF);
  }

  async function startSession(userId: number) {
    const id = secret();
    const now = Date.now();
    await repo.insertSession({
      session_hash: sha256(id),
      user_id: userId,
      created_at: new Date(now),
      expires_at: new Date(now + SESSION_IDLE_MS),
    });
    return id;
  }

  async function createOwner(email: string, password: string) {
    const owner = await repo
      .insertOwner(email.toLowerCase(), await hashPassword(password))
      .catch((error: unknown) => {
        if (isDuplicate(error, 'users_one_owner_key', 'users_email_lower_key')) {
          throw conflict('The owner account already exists: log in instead');
        }
        throw error;
      });
    return owner;
  }

  return {
    /** Seconds the session cookie lives: the session's longest possible life. */
    cookieMaxAge: SESSION_MAX_MS / 1000,

    /**
     * At start: the owner from ADMIN_EMAIL/ADMIN_PASSWORD when no user exists yet. Returns whose
     * rows AUTH=none shows: the owner's once there is one (the tracker stays whole if accounts
     * are turned off again), otherwise those no account owns.
     */
    async bootstrap(log: {
      info(obj: object, msg: string): void;
      warn(obj: object, msg: string): void;
    }): Promise<number | null> {
      const admin = config.auth.admin;
      if (accounts && admin && (await repo.userCount()) === 0) {
        const owner = await createOwner(admin.email, admin.password);
        log.info({ email: owner.email }, 'owner account created from ADMIN_EMAIL');
      }
      if (accounts && (await repo.userCount()) === 0) {
        log.warn(
          {},
          'no account exists yet: whoever opens the app first creates the owner account; set ADMIN_EMAIL and ADMIN_PASSWORD to create it at start',
        );
      }
      if (accounts) return null;
      const owner = await repo.owner();
      if (owner) log.info({ email: owner.email }, 'AUTH=none: every request acts as the owner');
      return owner?.user_id ?? null;
    },

    async status(user: Caller | null) {
      const setupRequired = accounts && (await repo.userCount()) === 0;
      const signedIn = user ? await repo.userById(user.user_id) : undefined;
      return {
        auth_mode: config.auth.mode,
        setup_required: setupRequired,
        user: signedIn ? toView(signedIn) : null,
      };
    },

    /** Creates the owner while no user exists, and signs them in. */
    async setup(body: CredentialsBody) {
      assertAccounts();
      if ((await repo.userCount()) > 0) {
        throw conflict('The owner account already exists: log in instead');
      }
      const user = await createOwner(body.email, body.password);
      return { user, sessionId: await startSession(user.user_id) };
    },

    async login(body: CredentialsBody) {
      assertAccounts();
      const user = await repo.userByEmail(body.email);
      dummyHash ??= hashPassword(secret());
      const matches = await verify(user?.password_hash ?? (await dummyHash), body.password);
      if (!user || !matches) throw unauthorized(WRONG_CREDENTIALS);
      if (user.disabled_at) throw unauthorized('This account is disabled: ask the owner');
      return { user: toView(user), sessionId: await startSession(user.user_id) };
    },

    async logout(user: Caller | null): Promise<void> {
      assertAccounts();
      if (user?.session_hash) await repo.deleteSession(user.session_hash);
    },

    async me(user: Caller | null): Promise<UserView> {
      assertAccounts();
      const row = user ? await repo.userById(user.user_id) : undefined;
      if (!row) throw unauthorized('Log in first');
      return toView(row);
    },

    /** Keeps the session that asked; every other session of the user ends. Tokens stay. */
    async changePassword(user: Caller | null, body: PasswordChangeBody): Promise<void> {
      assertAccounts();
      const row = user ? await repo.userById(user.user_id) : undefined;
      if (!user || !row) throw unauthorized('Log in first');
      if (!(await verify(row.password_hash, body.current_password))) {
        throw validationError('body/current_password is not your current password');
      }
      await repo.updateUser(row.user_id, { password_hash: await hashPassword(body.new_password) });
      await repo.deleteSessions(row.user_id, user.session_hash);
    },

    async createToken(user: Caller | null, name: string) {
      assertAccounts();
      if (!user) throw unauthorized('Log in first');
      const token = `its_${secret()}`;
      const row = await repo.insertToken({
        user_id: user.user_id,
        name: name.trim(),
        token_hash: sha256(token),
        token_prefix: token.slice(0, 12),
      });
      return { ...row, token };
    },

    listTokens(user: Caller | null) {
      assertAccounts();
      if (!user) throw unauthorized('Log in first');
      return repo.listTokens(user.user_id);
    },

    async deleteToken(user: Caller | null, tokenId: number): Promise<void> {
      assertAccounts();
      if (!user || !(await repo.deleteToken(user.user_id, tokenId))) {
        throw notFound(`Token ${tokenId} not found`);
      }
    },

    /** The caller a session cookie stands for; slides the session's expiry forward. */
    async bySession(sessionId: string): Promise<Caller | undefined> {
      const sessionHash = sha256(sessionId);
      const row = await repo.sessionUser(sessionHash);
      if (!row) return undefined;
      const now = Date.now();
      const next = Math.min(now + SESSION_IDLE_MS, row.created.getTime() + SESSION_MAX_MS);
      if (next - row.expires_at.getTime() >= SLIDE_EVERY_MS) {
        await repo.extendSession(sessionHash, new Date(next));
      }
      return { user_id: row.user_id, email: row.email, role: row.role, session_hash: sessionHash };
    },

    async byToken(token: string): Promise<Caller | undefined> {
      const row = await repo.tokenUser(sha256(token));
      if (!row) return undefined;
      if (!row.last_used_at || Date.now() - row.last_used_at.getTime() >= TOKEN_TOUCH_EVERY_MS) {
        await repo.touchToken(row.token_id);
      }
      return { user_id: row.user_id, email: row.email, role: row.role, session_hash: null };
    },
  };
}

/** A user as the API shows one: never the hash. */
function toView(row: UserView & { password_hash?: string }): UserView {
  return {
    user_id: row.user_id,
    email: row.email,
    role: row.role,
    disabled_at: row.disabled_at,
    created_at: row.created_at,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
