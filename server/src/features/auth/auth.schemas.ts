// Accounts on the wire: users (never their password hash), login, the personal tokens, and
// what the web app asks before it shows a login page.
import Type, { type Static } from 'typebox';
import { AUTH_MODES, PASSWORD_MIN_LENGTH } from '../../config.js';
import { USER_ROLES } from '../../db/schema.js';
import { Id, Nullable, StringEnum, Timestamp } from '../../http/schema-helpers.js';

const Email = (options: Record<string, unknown> = {}) =>
  Type.String({
    format: 'email',
    maxLength: 254,
    examples: ['ada@example.com'],
    description: 'An email address; compared without regard to case',
    ...options,
  });

/** The password rule: long enough, and short enough that hashing it costs no more than usual. */
const Password = (description: string) =>
  Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: 1024, description });

export const User = Type.Object(
  {
    user_id: Type.Integer(),
    email: Type.String(),
    role: StringEnum(USER_ROLES, {
      description: '`owner` manages the users; `member` has a tracker of their own',
    }),
    disabled_at: Nullable(Timestamp({ description: 'Set: the user cannot log in' })),
    created_at: Timestamp(),
  },
  { title: 'User' },
);

export const Credentials = Type.Object(
  {
    email: Email(),
    // Any length at login: the rule is checked when a password is set, not when it is tried.
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false, title: 'Credentials' },
);

export const OwnerSetup = Type.Object(
  {
    email: Email(),
    password: Password(`At least ${PASSWORD_MIN_LENGTH} characters`),
  },
  { additionalProperties: false, title: 'OwnerSetup' },
);

export const PasswordChange = Type.Object(
  {
    current_password: Type.String({ minLength: 1, maxLength: 1024 }),
    new_password: Password(`At least ${PASSWORD_MIN_LENGTH} characters`),
  },
  { additionalProperties: false, title: 'PasswordChange' },
);

export const AuthStatus = Type.Object(
  {
    auth_mode: StringEnum(AUTH_MODES, {
      description: '`none`: no login, one tracker; `password`: accounts',
    }),
    setup_required: Type.Boolean({
      description: 'No account exists yet: POST /api/auth/setup creates the owner',
    }),
    user: Nullable(
      Type.Object(User.properties, {
        description: 'The signed-in user, or null',
        title: 'SignedInUser',
      }),
    ),
  },
  { title: 'AuthStatus' },
);

export const Token = Type.Object(
  {
    token_id: Type.Integer(),
    name: Type.String(),
    token_prefix: Type.String({ description: 'The first characters, to tell tokens apart' }),
    created_at: Timestamp(),
    last_used_at: Nullable(Timestamp({ description: 'Within a minute' })),
  },
  { title: 'Token' },
);

export const TokenCreated = Type.Object(
  {
    ...Token.properties,
    token: Type.String({
      description:
        'Send as `Authorization: Bearer <token>`. Shown this once; only its hash is kept',
    }),
  },
  { title: 'TokenCreated' },
);

export const TokenCreate = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '\\S',
      examples: ['calendar sync'],
      description: 'What the token is for',
    }),
  },
  { additionalProperties: false, title: 'TokenCreate' },
);

export const TokenParams = Type.Object({ token_id: Id("The token's id") });

export const UserCreate = Type.Object(
  {
    email: Email(),
    password: Password(
      `At least ${PASSWORD_MIN_LENGTH} characters; the user can change it after logging in`,
    ),
  },
  { additionalProperties: false, title: 'UserCreate' },
);

export const UserUpdate = Type.Object(
  {
    disabled: Type.Optional(
      Type.Boolean({
        description: 'true: the user cannot log in, and their sessions and tokens end',
      }),
    ),
    password: Type.Optional(Password('A new password; the user is logged out everywhere')),
  },
  { additionalProperties: false, title: 'UserUpdate' },
);

export const UserParams = Type.Object({ user_id: Id("The user's id") });

export type UserView = Static<typeof User>;
export type CredentialsBody = Static<typeof Credentials>;
export type PasswordChangeBody = Static<typeof PasswordChange>;
export type UserCreateBody = Static<typeof UserCreate>;
export type UserUpdateBody = Static<typeof UserUpdate>;
