import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../../db/index.js';
import { portalChallenge } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { leadingZeroBits } from '../../domain/portal/index.js';
import { sameSecret } from '../secrets.js';
import { keyring } from '../runtime.js';

/** Work asked of a browser before it may file a report: about 2^16 SHA-256 hashes, a second on a slow phone. */
export const POW_DIFFICULTY = 16;
const TTL_MS = 10 * 60_000;

export interface Challenge {
  id: string;
  salt: string;
  difficulty: number;
  expiresAt: string;
  signature: string;
}

const sign = (c: Omit<Challenge, 'signature'>) => createHmac('sha256', keyring().macKey).update(`pow|${c.id}|${c.salt}|${c.difficulty}|${c.expiresAt}`).digest('base64url');

/** A signed proof-of-work puzzle: no third-party captcha service, nothing stored until it is used. */
export function issueChallenge(now: Date, difficulty = POW_DIFFICULTY): Challenge {
  const c = { id: randomBytes(12).toString('base64url'), salt: randomBytes(16).toString('base64url'), difficulty, expiresAt: new Date(now.getTime() + TTL_MS).toISOString() };
  return { ...c, signature: sign(c) };
}

/** Checks a solution: signed by us, not expired, enough leading zero bits, and not used before. */
export async function redeemChallenge(database: Database, c: Challenge & { nonce: string }, now: Date) {
  const refuse = (message: string) => new AppError('validation', message, [{ field: 'proof', message }]);
  if (!sameSecret(sign(c), c.signature)) throw refuse('安全验证无效，请刷新页面后重试');
  if (new Date(c.expiresAt) < now) throw refuse('安全验证已过期，请重新提交');
  const hash = createHash('sha256').update(`${c.salt}${c.nonce}`).digest();
  if (leadingZeroBits(hash) < c.difficulty) throw refuse('安全验证未通过，请刷新页面后重试');
  const used = await database.db.insert(portalChallenge).values({ id: c.id, usedAt: now }).onConflictDoNothing().returning();
  if (!used.length) throw refuse('该安全验证已使用过，请重新提交');
}
