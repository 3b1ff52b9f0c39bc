import type { AuditRow } from '../../../db/index.js';

export const presentAudit = (e: AuditRow) => ({
  id: e.id,
  at: e.at.toISOString(),
  actorUserId: e.actorUserId,
  actorTokenId: e.actorTokenId,
  actorName: e.actorName,
  unitId: e.unitId,
  action: e.action,
  objectType: e.objectType,
  objectId: e.objectId,
  detail: e.detail,
  ip: e.ip,
});
