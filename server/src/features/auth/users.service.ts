// The owner's view of the accounts: who exists, adding someone, disabling and re-enabling, and
// setting a forgotten password. A member gets a 403; with AUTH=none there are no accounts.
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { isDuplicate } from '../../db/sql.js';
import type { Caller } from '../../http/authentication.js';
import { conflict, forbidden, notFound, unauthorized, validationError } from '../../http/errors.js';
import { createAuthRepository } from './auth.repository.js';
import type { UserCreateBody, UserUpdateBody } from './auth.schemas.js';
import { hashPassword } from './auth.service.js';

const EMAIL_TAKEN = 'A user with this email already exists';

export function createUsersService({ db, config }: { db: Db; config: Config }) {
  const repo = createAuthRepository(db);

  function assertOwner(user: Caller | null): asserts user is Caller {
    if (config.auth.mode !== 'password') {
      throw notFound('Accounts are off on this server (AUTH=none): there are no users to manage');
    }
    if (!user) throw unauthorized('Log in first');
    if (user.role !== 'owner') throw forbidden('Only the owner can manage users');
  }

  return {
    list(user: Caller | null) {
      assertOwner(user);
      return repo.listUsers();
    },

    async create(user: Caller | null, body: UserCreateBody) {
      assertOwner(user);
      const email = body.email.toLowerCase();
      if (await repo.userByEmail(email)) throw conflict(EMAIL_TAKEN);
      return repo
        .insertUser({ email, password_hash: await hashPassword(body.password), role: 'member' })
        .catch((error: unknown) => {
          throw isDuplicate(error, 'users_email_lower_key') ? conflict(EMAIL_TAKEN) : error;
        });
    },

    async update(user: Caller | null, userId: number, body: UserUpdateBody) {
      assertOwner(user);
      const target = await repo.userById(userId);
      if (!target) throw notFound(`User ${userId} not found`);
      if (body.disabled === true && target.user_id === user.user_id) {
        throw validationError('body/disabled: the owner cannot disable their own account');
      }
      if (body.password !== undefined) {
        await repo.updateUser(userId, { password_hash: await hashPassword(body.password) });
        await repo.deleteSessions(
          userId,
          target.user_id === user.user_id ? user.session_hash : null,
        );
      }
      if (body.disabled === true) return repo.disableUser(userId);
      if (body.disabled === false) return repo.updateUser(userId, { disabled_at: null });
      return repo.userView(userId);
    },
  };
}
