import { randomBytes, createHmac } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/index.js';
import { portalAccess, portalAttempt } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { makePassword, makeQueryCode, normalizeQueryCode } from '../../domain/portal/index.js';
import { keyedHash } from '../crypto/field-crypto.js';
import { keyring } from '../runtime.js';
import { sameSecret } from '../secrets.js';

const ARGON = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 30;

const lookupOf = (canonical: string) => keyedHash(keyring(), `portal|${canonical}`);

/** A new query code and password for a case; only their hashes are kept (the Argon2id hash has its own salt). */
export async function createAccess(tx: Db, caseId: string, chosenPassword: string | undefined, now: Date) {
  const code = makeQueryCode(randomBytes(20));
  const password = chosenPassword ?? makePassword(randomBytes(8));
  const canonical = normalizeQueryCode(code)!;
  await tx.insert(portalAccess).values({ caseId, codeLookup: lookupOf(canonical), secretHash: await hash(`${canonical}:${password}`, ARGON), createdAt: now });
  return { queryCode: code, queryPassword: password, generatedPassword: !chosenPassword };
}

let dummy: Promise<string> | undefined;
const sameAnswer = () => new AppError('unauthenticated', '查询码或查询密码不正确');

/**
 * The case behind a code and password. "No such code" and "wrong password" get the same answer after the same
 * work; failures per code (existing or not) lock it for a while; comparisons are constant-time.
 */
export async function checkAccess(database: Database, typedCode: string, password: string, now: Date): Promise<string> {
  const canonical = normalizeQueryCode(typedCode);
  const lookup = lookupOf(canonical ?? `invalid:${typedCode.slice(0, 40)}`);
  const [attempt] = await database.db.select().from(portalAttempt).where(eq(portalAttempt.codeLookup, lookup));
  if (attempt?.lockedUntil && attempt.lockedUntil > now) {
    const hhmm = attempt.lockedUntil.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });
    throw new AppError('locked', `该查询码连续输错次数过多，已暂停查询，请于 ${hhmm} 后再试`);
  }
  const [access] = canonical ? await database.db.select().from(portalAccess).where(eq(portalAccess.codeLookup, lookup)) : [];
  const ok = access ? await verify(access.secretHash, `${canonical}:${password}`).catch(() => false) : await verify(await (dummy ??= hash('x', ARGON)), password).then(() => false, () => false);
  if (ok && access && sameSecret(access.codeLookup, lookup)) {
    if (attempt) await database.db.delete(portalAttempt).where(eq(portalAttempt.codeLookup, lookup));
    return access.caseId;
  }
  const failures = (attempt?.failures ?? 0) + 1;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
  await database.db
    .insert(portalAttempt)
    .values({ codeLookup: lookup, failures: lockedUntil ? 0 : failures, lockedUntil, updatedAt: now })
    .onConflictDoUpdate({ target: portalAttempt.codeLookup, set: { failures: lockedUntil ? 0 : sql`${portalAttempt.failures} + 1`, lockedUntil, updatedAt: now } });
  throw sameAnswer();
}

/** A short-lived token for the reporter's next steps (reply, files, evaluation), bound to one case. */
export function portalToken(caseId: string, now: Date, minutes = 30) {
  const expires = now.getTime() + minutes * 60_000;
  const body = `${caseId}.${expires}`;
  return `${body}.${createHmac('sha256', keyring().macKey).update(`portal-token|${body}`).digest('base64url')}`;
}

export function caseOfToken(token: string, now: Date): string {
  const [caseId, expires, mac] = token.split('.');
  const expired = () => new AppError('unauthenticated', '查询已超时，请重新输入查询码和查询密码');
  if (!caseId || !expires || !mac) throw expired();
  const expected = createHmac('sha256', keyring().macKey).update(`portal-token|${caseId}.${expires}`).digest('base64url');
  if (!sameSecret(mac, expected) || Number(expires) < now.getTime()) throw expired();
  return caseId;
}
