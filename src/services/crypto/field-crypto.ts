import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Protection of petitioners' identities at rest (issue: protected identities).
 * - Encryption: AES-256-GCM with a random 96-bit IV per value; the stored form is
 *   `v1.<keyId>.<base64url(iv ‖ tag ‖ ciphertext)>`, so old values stay readable after a key rotation.
 * - Matching: HMAC-SHA-256 of the normalized value under a separate key, so repeat detection compares hashes
 *   and never decrypts.
 */
export interface Keyring {
  /** The key new values are encrypted with. */
  currentId: string;
  keys: Map<string, Buffer>;
  macKey: Buffer;
}

export function encrypt(ring: Keyring, plain: string): string {
  const key = ring.keys.get(ring.currentId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1.${ring.currentId}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export function decrypt(ring: Keyring, stored: string): string {
  const [version, keyId, data] = stored.split('.');
  if (version !== 'v1' || !keyId || !data) throw new Error('not an encrypted value');
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`encryption key ${keyId} is not configured`);
  const raw = Buffer.from(data, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export const encryptNullable = (ring: Keyring, v: string | null | undefined) => (v ? encrypt(ring, v) : null);
export const decryptNullable = (ring: Keyring, v: string | null | undefined) => (v ? decrypt(ring, v) : null);

/** Keyed hash of an already normalized value (hex), for exact matching without decryption. */
export const keyedHash = (ring: Keyring, normalized: string) => createHmac('sha256', ring.macKey).update(normalized, 'utf8').digest('hex');

/** Which key id encrypted a stored value (for re-encryption after rotation). */
export const keyIdOf = (stored: string) => stored.split('.')[1] ?? null;
