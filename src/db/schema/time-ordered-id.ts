import { randomBytes } from 'node:crypto';

/**
 * A UUID of version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Rows written one after
 * another get ids in order, so the primary key and every index on a `case_id` take new entries at their right edge
 * (pages already in memory and already in the WAL since the last checkpoint) instead of at a random page each: at a
 * million cases a registration touched ~30 random index pages, each a full-page image in the WAL after a checkpoint
 * (bench/README.md). Still unguessable (74 random bits); the database's own default (`gen_random_uuid()`) stays for
 * rows written by hand.
 */
export function timeOrderedId(now = Date.now()): string {
  const b = randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70; // version 7
  b[8] = (b[8]! & 0x3f) | 0x80; // variant 10
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
