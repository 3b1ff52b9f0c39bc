// Canonical plaintexts for matching people across cases. The services layer keys them with an HMAC
// before storing (PII stays encrypted); both sides of a comparison must come through these functions.
import { normalizeIdNumber, upgradeIdNumber15 } from '../register/id-number.js';
import { splitAddress } from '../register/masking.js';
import { validatePhone } from '../register/phone.js';
import { normalizeText } from './text.js';

/** Name without spaces, full-width forms or case differences; all middle-dot variants become '·'. */
export function normalizePersonName(name: string): string {
  return (name ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[·•・‧.]/g, '·')
    .toLowerCase();
}

/**
 * Address from its county-level division on, normalized: people write the same home with or without
 * province and city (广东省肇庆市德庆县德城街道… and 德庆县德城街道… give the same key).
 */
export function normalizeAddressKey(address: string): string {
  const { divisions, rest } = splitAddress(address ?? '');
  return normalizeText((divisions.at(-1) ?? '') + rest);
}

/** ID number in its 18-digit form (15-digit IDs upgraded), or null when it is not shaped like one. */
export function idNumberKey(idNumber: string): string | null {
  const id = normalizeIdNumber(idNumber ?? '');
  if (/^\d{15}$/.test(id)) return upgradeIdNumber15(id);
  return /^\d{17}[\dX]$/.test(id) ? id : null;
}

/** Phone without its extension: the line identifies the caller, and extensions are often left out. */
export function phoneKey(phone: string): string | null {
  const r = validatePhone(phone ?? '');
  if (!r.ok) return null;
  return r.kind === 'mobile' ? r.normalized : `${r.areaCode}-${r.local}`;
}

/** 'name|address' when both are given, else null: a name alone is far too common to identify anyone. */
export function nameAddressKey(name: string | undefined, address: string | undefined): string | null {
  const n = normalizePersonName(name ?? '');
  const a = normalizeAddressKey(address ?? '');
  return n && a ? `${n}|${a}` : null;
}

export interface PetitionerKeys {
  idNumber?: string;
  phones: string[];
  nameAddress?: string;
}

/** All matching plaintexts of one petitioner, ready to be HMAC-ed by the services layer. */
export function petitionerKeys(p: {
  name?: string;
  address?: string;
  idNumber?: string;
  phones?: string[];
}): PetitionerKeys {
  const idNumber = p.idNumber ? idNumberKey(p.idNumber) : null;
  const phones = [...new Set((p.phones ?? []).map(phoneKey).filter((k): k is string => k !== null))];
  const nameAddress = nameAddressKey(p.name, p.address);
  return { ...(idNumber ? { idNumber } : {}), phones, ...(nameAddress ? { nameAddress } : {}) };
}

/** 'name|unit' of a person, 'unit' of a unit reported as such; null when it does not say who. */
export function accusedKey(a: { kind?: 'person' | 'unit'; name?: string; unit?: string }): string | null {
  const unit = normalizeText(a.unit ?? '');
  if (a.kind === 'unit') return unit ? `单位|${unit}` : null;
  const name = normalizePersonName(a.name ?? '');
  return name && unit ? `${name}|${unit}` : null;
}
