import { maskAddress, maskIdNumber, maskName, maskPhone, normalizeIdNumber, normalizePhone, type PetitionerInput } from '../../domain/register/index.js';
import { petitionerKeys } from '../../domain/repeats/index.js';
import { encryptNullable, keyedHash } from '../crypto/field-crypto.js';
import { keyring } from '../runtime.js';

/** A petitioner as stored: identity encrypted, masked copies for lists, keyed hashes for repeat matching. */
export function protectPetitioner(p: PetitionerInput, ord: number) {
  const ring = keyring();
  const idNumber = p.idNumber?.trim() ? normalizeIdNumber(p.idNumber) : undefined;
  const phones = (p.phones ?? []).map((x) => normalizePhone(x) ?? x.trim()).filter(Boolean);
  const keys = petitionerKeys({ name: p.name, address: p.address, idNumber, phones });
  const hash = (v: string) => keyedHash(ring, v);
  return {
    ord,
    isPrimary: p.isPrimary ?? ord === 0,
    isRepresentative: p.isRepresentative ?? false,
    nameEnc: encryptNullable(ring, p.name?.trim()),
    nameMasked: p.name?.trim() ? maskName(p.name) : null,
    sex: p.sex ?? null,
    idNumberEnc: encryptNullable(ring, idNumber),
    idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
    phonesEnc: phones.length ? encryptNullable(ring, JSON.stringify(phones)) : null,
    phonesMasked: phones.length ? phones.map(maskPhone).join('，') : null,
    addressEnc: encryptNullable(ring, p.address?.trim()),
    addressMasked: p.address?.trim() ? maskAddress(p.address) : null,
    regionCode: p.regionCode ?? null,
    workUnit: p.workUnit ?? null,
    occupation: p.occupation ?? null,
    idHash: keys.idNumber ? hash(keys.idNumber) : null,
    phoneHashes: keys.phones.map(hash),
    nameAddressHash: keys.nameAddress ? hash(keys.nameAddress) : null,
  };
}

/** The hashes a new registration is matched on, computed the same way as stored ones. */
export const petitionerHashes = (p: { idHash: string | null; phoneHashes: string[]; nameAddressHash: string | null }) => ({
  ...(p.idHash ? { idHash: p.idHash } : {}),
  phoneHashes: p.phoneHashes,
  ...(p.nameAddressHash ? { nameAddressHash: p.nameAddressHash } : {}),
});
