// What the import and export commands share: the database the server would open (same
// configuration, paths relative to where npm was run) and the account to act for.
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/database.js';
import type { OwnerId } from '../src/db/owner.js';
import { users } from '../src/db/schema.js';

/** Where the user ran `npm run …` (npm runs workspace scripts in the workspace folder). */
export const callerDir = () => process.env.INIT_CWD ?? process.cwd();

export function usage(command: string): never {
  process.stderr.write(
    `usage: npm run ${command} -- <file.json> [--user <email>]${command === 'import' ? ' [--merge] [--dry-run]' : ''}\n`,
  );
  process.exit(2);
}

export function parseArgs(argv: string[]) {
  const flags = new Set(argv.filter((a) => a.startsWith('--') && a !== '--user'));
  const userAt = argv.indexOf('--user');
  const email = userAt >= 0 ? argv[userAt + 1] : undefined;
  const positional = argv.filter((a, i) => !a.startsWith('--') && (userAt < 0 || i !== userAt + 1));
  const file = positional[0];
  return { file: file ? path.resolve(callerDir(), file) : undefined, email, flags };
}

export async function openFor(email: string | undefined): Promise<{
  database: Database;
  owner: OwnerId;
}> {
  const config = loadConfig(process.env, callerDir());
  const database = await openDatabase({ ...config });
  const db = database.db;
  let owner: OwnerId = null;
  if (email) {
    const [user] = await db
      .select({ id: users.user_id })
      .from(users)
      .where(eq(users.email, email.toLowerCase()));
    if (!user) {
      await database.close();
      throw new Error(`no account with the email ${email}`);
    }
    owner = user.id;
  } else {
    // As the server without accounts does: the owner account's rows, or the unowned ones.
    const [first] = await db
      .select({ id: users.user_id })
      .from(users)
      .where(eq(users.role, 'owner'));
    owner = first?.id ?? null;
  }
  return { database, owner };
}
