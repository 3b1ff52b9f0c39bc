import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/index.js';
import { cases, petitioner } from '../../db/schema/index.js';
import { audit } from '../audit.js';
import { protectPetitioner } from '../register/protect.js';
import { keyring } from '../runtime.js';
import { decryptNullable, encryptNullable, keyIdOf } from './field-crypto.js';

/**
 * Key rotation: re-encrypts every protected value under the current key and recomputes every matching hash
 * with the current HMAC key. Run after putting a new key first in XINFANG_ENCRYPTION_KEYS (the old one stays
 * listed until this has finished) or after changing XINFANG_HMAC_KEY. Works in batches; safe to interrupt and
 * run again.
 */
export async function rekey(database: Database, onProgress: (done: number) => void = () => {}, batch = 500) {
  const ring = keyring();
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await database.db.select().from(petitioner).where(gt(petitioner.id, after)).orderBy(asc(petitioner.id)).limit(batch);
    if (!rows.length) break;
    await database.transaction(async (tx) => {
      for (const p of rows) {
        const phones = JSON.parse(decryptNullable(ring, p.phonesEnc) ?? '[]') as string[];
        const fresh = protectPetitioner(
          {
            name: decryptNullable(ring, p.nameEnc) ?? undefined,
            idNumber: decryptNullable(ring, p.idNumberEnc) ?? undefined,
            phones,
            address: decryptNullable(ring, p.addressEnc) ?? undefined,
          },
          p.ord,
        );
        await tx
          .update(petitioner)
          .set({
            nameEnc: fresh.nameEnc,
            idNumberEnc: fresh.idNumberEnc,
            phonesEnc: fresh.phonesEnc,
            addressEnc: fresh.addressEnc,
            idHash: fresh.idHash,
            phoneHashes: fresh.phoneHashes,
            nameAddressHash: fresh.nameAddressHash,
          })
          .where(eq(petitioner.id, p.id));
      }
    });
    after = rows[rows.length - 1]!.id;
    done += rows.length;
    onProgress(done);
  }
  let callers = 0;
  let afterCase = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await database.db
      .select({ id: cases.id, enc: cases.callerNumberEnc })
      .from(cases)
      .where(and(gt(cases.id, afterCase), isNotNull(cases.callerNumberEnc)))
      .orderBy(asc(cases.id))
      .limit(batch);
    if (!rows.length) break;
    await database.transaction(async (tx) => {
      for (const r of rows.filter((x) => keyIdOf(x.enc!) !== ring.currentId))
        await tx.update(cases).set({ callerNumberEnc: encryptNullable(ring, decryptNullable(ring, r.enc)) }).where(eq(cases.id, r.id));
    });
    afterCase = rows[rows.length - 1]!.id;
    callers += rows.length;
  }
  await database.transaction((tx) =>
    audit(tx, { actor: null, now: () => new Date() }, { action: 'system.rekey', objectType: 'system', detail: { petitioners: done, callerNumbers: callers, keyId: ring.currentId } }),
  );
  return { petitioners: done, callerNumbers: callers };
}
