import type { UnitRow } from '../db/index.js';
import type { ApiTokenRow } from '../db/index.js';
import { regionName } from '../services/regions.js';

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function presentUnit(u: UnitRow) {
  return {
    id: u.id,
    parentId: u.parentId,
    name: u.name,
    shortName: u.shortName,
    code: u.code,
    level: u.level,
    kind: u.kind,
    regionCode: u.regionCode,
    regionName: regionName(u.regionCode),
    depth: u.depth,
    active: u.active,
    sortOrder: u.sortOrder,
    phone: u.phone,
    address: u.address,
    version: u.version,
    updatedAt: u.updatedAt.toISOString(),
  };
}

export function presentToken(t: ApiTokenRow, unitName: string) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    unitId: t.unitId,
    unitName,
    permissions: t.permissions,
    createdAt: t.createdAt.toISOString(),
    expiresAt: iso(t.expiresAt),
    lastUsedAt: iso(t.lastUsedAt),
    lastUsedIp: t.lastUsedIp,
    revokedAt: iso(t.revokedAt),
  };
}
