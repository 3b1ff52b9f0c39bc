import { sessionsRepository, tokensRepository, usersRepository, type Database } from '../db/index.js';
import { LOCKOUT, lockoutMessage, passwordProblem } from '../domain/accounts/index.js';
import { AppError, invalid } from '../domain/errors.js';
import type { Actor } from '../domain/policies/index.js';
import { audit } from './audit.js';
import { inScope, type ServiceContext } from './context.js';
import { dummyHash, hashPassword, randomToken, sha256, verifyPassword } from './secrets.js';

export const SESSION_IDLE_MINUTES = 120;
const minutes = (n: number) => n * 60_000;

export interface LoginRequest {
  username: string;
  password: string;
  ip?: string | undefined;
  userAgent?: string | undefined;
}

const badCredentials = () => new AppError('unauthenticated', '用户名或密码错误');

/**
 * Signs a user in. Unknown users and wrong passwords get the same answer after the same work;
 * failures are counted and lock the account (LOCKOUT); every attempt is audited.
 */
export async function login(database: Database, req: LoginRequest, now: Date) {
  const ctx = { actor: null, ip: req.ip, now: () => now };
  const user = await usersRepository.byUsername(database.db, req.username);
  if (!user) {
    await verifyPassword(await dummyHash(), req.password);
    await database.transaction((tx) =>
      audit(tx, ctx, { action: 'auth.loginFailed', objectType: 'user', detail: { username: req.username, reason: 'unknownUser' } }),
    );
    throw badCredentials();
  }
  const asUser = { ...ctx, actor: { kind: 'user', id: user.id, name: user.displayName, unitId: user.unitId } as Actor };
  if (user.lockedUntil && user.lockedUntil > now) {
    await database.transaction((tx) => audit(tx, asUser, { action: 'auth.loginLocked', objectType: 'user', objectId: user.id, objectUnitId: user.unitId }));
    throw new AppError('locked', lockoutMessage(user.lockedUntil));
  }
  const ok = await verifyPassword(user.passwordHash, req.password);
  if (!ok) {
    const failures = user.failedLogins + 1;
    const lockedUntil = failures >= LOCKOUT.maxFailures ? new Date(now.getTime() + minutes(LOCKOUT.minutes)) : null;
    await database.transaction(async (tx) => {
      await usersRepository.update(tx, user.id, { failedLogins: lockedUntil ? 0 : failures, lockedUntil });
      await audit(tx, asUser, {
        action: lockedUntil ? 'auth.locked' : 'auth.loginFailed',
        objectType: 'user',
        objectId: user.id,
        objectUnitId: user.unitId,
        detail: { failures },
      });
    });
    if (lockedUntil) throw new AppError('locked', lockoutMessage(lockedUntil));
    throw badCredentials();
  }
  if (!user.active) throw new AppError('unauthenticated', '该账号已停用，请联系系统管理员');
  const token = randomToken();
  const csrfToken = randomToken(18);
  await database.transaction(async (tx) => {
    await sessionsRepository.insert(tx, {
      tokenHash: sha256(token),
      userId: user.id,
      csrfToken,
      ip: req.ip ?? null,
      userAgent: req.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(now.getTime() + minutes(SESSION_IDLE_MINUTES)),
    });
    await usersRepository.update(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    await audit(tx, asUser, { action: 'auth.login', objectType: 'user', objectId: user.id, objectUnitId: user.unitId });
  });
  return { token, csrfToken, mustChangePassword: user.mustChangePassword };
}

export interface SessionActor {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  mustChangePassword: boolean;
}

/**
 * Sessions resolved within the last second, by token hash. A registrar's console and an import send several
 * requests a second, and each cost a statement (at a million cases ~1 ms of CPU per registration, a tenth of it;
 * bench/README.md). Whatever in this process ends a session or changes a user or a unit forgets them all
 * (`forgetSessions`, after the change's transaction); a change made through another server process holds here
 * within `SESSION_REUSE_MS`. The test clock stands still, so in tests only forgetting ends a reuse.
 */
export const SESSION_REUSE_MS = 1_000;
const recentSessions = new Map<string, { at: number; expiresAt: number; value: SessionActor }>();
const RECENT_SESSIONS_MAX = 10_000;

/** Forgets every session resolved before (see recentSessions). */
export function forgetSessions() {
  recentSessions.clear();
}

/** The actor behind a session cookie, or null. Sliding expiry: a used session lives on. */
export async function resolveSession(database: Database, token: string, now: Date): Promise<SessionActor | null> {
  const tokenHash = sha256(token);
  const t = now.getTime();
  const recent = recentSessions.get(tokenHash);
  if (recent && t >= recent.at && t - recent.at < SESSION_REUSE_MS && t < recent.expiresAt) return recent.value;
  const resolved = await lookUpSession(database, tokenHash, now);
  if (!resolved) {
    recentSessions.delete(tokenHash);
    return null;
  }
  if (recentSessions.size >= RECENT_SESSIONS_MAX) recentSessions.clear();
  recentSessions.set(tokenHash, { at: t, expiresAt: resolved.expiresAt.getTime(), value: resolved.value });
  return resolved.value;
}

async function lookUpSession(database: Database, tokenHash: string, now: Date): Promise<{ value: SessionActor; expiresAt: Date } | null> {
  const found = await sessionsRepository.live(database.db, tokenHash, now);
  if (!found || !found.user.active || !found.unit.active) return null;
  let expiresAt = found.session.expiresAt;
  if (now.getTime() - found.session.lastSeenAt.getTime() > 60_000) {
    expiresAt = new Date(now.getTime() + minutes(SESSION_IDLE_MINUTES));
    await sessionsRepository.touch(database.db, found.session.id, now, expiresAt);
  }
  const value: SessionActor = {
    actor: {
      kind: 'user',
      id: found.user.id,
      name: found.user.displayName,
      unitId: found.unit.id,
      unitPath: found.unit.path,
      roles: found.user.roles,
    },
    sessionId: found.session.id,
    csrfToken: found.session.csrfToken,
    mustChangePassword: found.user.mustChangePassword,
  };
  return { value, expiresAt };
}

export async function resolveApiToken(database: Database, token: string, now: Date, ip?: string): Promise<Actor | null> {
  const found = await tokensRepository.live(database.db, sha256(token));
  if (!found || !found.unit.active) return null;
  if (found.token.expiresAt && found.token.expiresAt <= now) return null;
  await tokensRepository.markUsed(database.db, found.token.id, now, ip);
  return {
    kind: 'token',
    id: found.token.id,
    name: `接口令牌：${found.token.name}`,
    unitId: found.unit.id,
    unitPath: found.unit.path,
    roles: [],
    permissions: found.token.permissions,
  };
}

export function logout(ctx: ServiceContext, sessionId: string) {
  return ctx.database
    .transaction(async (tx) => {
      await sessionsRepository.revoke(tx, sessionId, ctx.now());
      await audit(tx, ctx, { action: 'auth.logout', objectType: 'user', objectId: ctx.actor.id, objectUnitId: ctx.actor.unitId });
    })
    .finally(forgetSessions);
}

export function changePassword(ctx: ServiceContext, sessionId: string, current: string, next: string) {
  return inScope(ctx, async (tx) => {
    const user = (await usersRepository.byId(tx, ctx.actor.id))!;
    if (!(await verifyPassword(user.passwordHash, current)))
      throw invalid('当前密码不正确', [{ field: 'currentPassword', message: '当前密码不正确' }]);
    const problem = passwordProblem(next, user.username) ?? (current === next ? '新密码不能与当前密码相同' : null);
    if (problem) throw invalid(problem, [{ field: 'newPassword', message: problem }]);
    await usersRepository.update(tx, user.id, {
      passwordHash: await hashPassword(next),
      mustChangePassword: false,
      passwordChangedAt: ctx.now(),
    });
    await audit(tx, ctx, { action: 'auth.changePassword', objectType: 'user', objectId: user.id, objectUnitId: user.unitId });
    return sessionId;
  }).then(async (sid) => {
    // Other sessions of this user end; the one that changed the password stays.
    await sessionsRepository.revokeAllOf(ctx.database.db, ctx.actor.id, ctx.now(), sid);
  }).finally(forgetSessions);
}
