/**
 * Password login and tokens. Passwords are hashed with scrypt (salted, memory-hard); a token is
 * 32 random bytes handed out once and stored only as its SHA-256, so a database leak gives no
 * usable token. The same token works as a Bearer token and as the session cookie.
 */
import type { HostUser } from '@elma365/sdk-types';
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import type { DirectoryImpl } from './directory';
import type { HostSchema } from './host-schema';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;
const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;
const TOKEN_DAYS = 14;
export const SESSION_COOKIE = 'lc_session';

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: PARAMS.maxmem });
  return timingSafeEqual(expected, actual);
}

export type LoginResult = { ok: true; token: string; user: HostUser } | { ok: false; reason: 'invalid' | 'locked' };

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export class AuthService {
  constructor(
    private readonly db: Kysely<HostSchema>,
    private readonly directory: DirectoryImpl,
    private readonly now: () => Date,
  ) {}

  /**
   * A token for the user; `invalid` when the login or password is wrong (the same answer for both),
   * `locked` when they are right but the user is locked (told only to who knows the password).
   */
  async login(login: string, password: string): Promise<LoginResult> {
    const found = await this.directory.findByLogin(login);
    // Hash anyway when the login is unknown, so timing does not tell which logins exist.
    const ok = found ? await verifyPassword(password, found.passwordHash) : (await hashPassword(password), false);
    if (!found || !ok) return { ok: false, reason: 'invalid' };
    if (found.locked) return { ok: false, reason: 'locked' };
    const { passwordHash: _hash, ...user } = found;
    const token = randomBytes(32).toString('base64url');
    const created = this.now();
    await this.db
      .insertInto('host_tokens')
      .values({
        token_hash: sha256(token),
        user_id: user.id,
        created_at: created.toISOString(),
        expires_at: new Date(created.getTime() + TOKEN_DAYS * 86_400_000).toISOString(),
      })
      .execute();
    return { ok: true, token, user };
  }

  /** The token's user; a locked user's tokens stop working at once. */
  async userForToken(token: string | undefined): Promise<HostUser | undefined> {
    if (!token || token.length > 200) return undefined;
    const row = await this.db.selectFrom('host_tokens').selectAll().where('token_hash', '=', sha256(token)).executeTakeFirst();
    if (!row || row.expires_at <= this.now().toISOString()) return undefined;
    const user = await this.directory.getUser(row.user_id);
    return user?.locked ? undefined : user;
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.db.deleteFrom('host_tokens').where('token_hash', '=', sha256(token)).execute();
  }
}

/** The token from `Authorization: Bearer …` or from the session cookie. */
export function tokenFrom(headers: { authorization?: string; cookie?: string }): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (bearer) return bearer[1];
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${TOKEN_DAYS * 86400}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}
