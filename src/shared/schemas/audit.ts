import { z } from 'zod';
import { Id, IsoDateTime } from './common.js';

export const AuditQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional().describe('开始时间'),
  to: z.iso.datetime({ offset: true }).optional().describe('结束时间'),
  actorUserId: Id.optional(),
  action: z.string().max(60).optional(),
  objectType: z.string().max(40).optional(),
  objectId: z.string().max(80).optional(),
  q: z.string().max(60).optional().describe('关键词'),
  beforeId: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('每页条数'),
});
export const AuditEntry = z.object({
  id: z.number(),
  at: IsoDateTime,
  actorUserId: z.string().nullable(),
  actorTokenId: z.string().nullable(),
  actorName: z.string(),
  unitId: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  detail: z.unknown(),
  ip: z.string().nullable(),
});
