import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from './store/store';

/** Who a request acts as, from its token. */
export interface TokenUser {
  tokenId: string;
  tokenName: string;
  userName: string;
  admin: boolean;
}

/** Links written by imports carry this `linkedBy`; a user of that name would be mistaken for them. */
export const RESERVED_USER_NAMES = ['import'];
/** The name under which the bootstrap token is stored. */
export const BOOTSTRAP_TOKEN_NAME = 'bootstrap';

/** `tl_` and 32 random bytes: the prefix makes a leaked token easy to recognise and scan for. */
export function generateToken(): string {
  return `tl_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are stored as hex sha-256 only: a copy of the database grants no access. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface NewToken {
  name: string;
  /** Who acts with the token; defaults to its name. */
  userName?: string;
  admin?: boolean;
}

/** Creates a token and returns it: the only time it exists in clear. */
export async function createToken(db: Queryable, options: NewToken): Promise<string> {
  const userName = options.userName ?? options.name;
  if (RESERVED_USER_NAMES.includes(userName))
    throw new Error(`"${userName}" is reserved; choose another user name`);
  const live = await db.query('SELECT 1 FROM tokens WHERE name = $1 AND revoked_at IS NULL', [
    options.name,
  ]);
  if (live.length > 0) throw new Error(`A live token named "${options.name}" already exists`);
  const token = generateToken();
  await db.query('INSERT INTO tokens (hash, name, user_name, admin) VALUES ($1, $2, $3, $4)', [
    hashToken(token),
    options.name,
    userName,
    options.admin ?? false,
  ]);
  return token;
}

/** The user of a live token, or null for an unknown or revoked one. */
export async function verifyToken(db: Queryable, token: string): Promise<TokenUser | null> {
  const rows = await db.query<{ id: string; name: string; user_name: string; admin: boolean }>(
    'SELECT id, name, user_name, admin FROM tokens WHERE hash = $1 AND revoked_at IS NULL',
    [hashToken(token)],
  );
  const row = rows[0];
  if (row === undefined) return null;
  return { tokenId: row.id, tokenName: row.name, userName: row.user_name, admin: row.admin };
}

/** Revokes the live token of that name; returns how many were revoked (0 or 1). */
export async function revokeToken(db: Queryable, name: string): Promise<number> {
  const rows = await db.query(
    'UPDATE tokens SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL RETURNING id',
    [name],
  );
  return rows.length;
}

/** A bootstrap token is an admin password chosen by a person: long enough not to be guessed. */
export const MIN_BOOTSTRAP_TOKEN_LENGTH = 32;

/** Throws, naming the setting and a way to make a good token, when `token` is too short. */
export function checkBootstrapToken(token: string): void {
  if (token.length >= MIN_BOOTSTRAP_TOKEN_LENGTH) return;
  throw new Error(
    `THROUGHLINE_BOOTSTRAP_TOKEN must be at least ${MIN_BOOTSTRAP_TOKEN_LENGTH} characters ` +
      `(it has ${token.length}); make one with: openssl rand -base64 32`,
  );
}

/**
 * Makes `token` a live admin token (THROUGHLINE_BOOTSTRAP_TOKEN). Safe to repeat at every start.
 * The setting states what should hold, so it wins over an earlier revoke of the same token; a
 * different bootstrap token than last time replaces the old one, which is revoked.
 */
export async function ensureBootstrapToken(db: Queryable, token: string): Promise<void> {
  checkBootstrapToken(token);
  const hash = hashToken(token);
  await db.query(
    'UPDATE tokens SET revoked_at = now() WHERE name = $1 AND hash <> $2 AND revoked_at IS NULL',
    [BOOTSTRAP_TOKEN_NAME, hash],
  );
  await db.query(
    `INSERT INTO tokens (hash, name, user_name, admin) VALUES ($1, $2, 'admin', true)
     ON CONFLICT (hash) DO UPDATE SET name = excluded.name, admin = true, revoked_at = NULL`,
    [hash, BOOTSTRAP_TOKEN_NAME],
  );
}
