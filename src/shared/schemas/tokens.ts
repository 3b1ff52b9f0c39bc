import { z } from 'zod';
import { PERMISSION_NAMES } from '../../domain/policies/index.js';
import { Id, IsoDateTime } from './common.js';

export const CreateTokenBody = z.strictObject({
  name: z.string().trim().min(2).max(60).describe('名称'),
  unitId: Id.describe('所属单位'),
  permissions: z
    .array(z.enum(PERMISSION_NAMES as [string, ...string[]]))
    .min(1)
    .describe('权限'),
  expiresAt: z.iso.datetime({ offset: true }).nullish().describe('有效期'),
});
export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string(),
  unitId: Id,
  unitName: z.string(),
  permissions: z.array(z.string()),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime.nullable(),
  lastUsedAt: IsoDateTime.nullable(),
  lastUsedIp: z.string().nullable(),
  revokedAt: IsoDateTime.nullable(),
});
export const CreatedToken = z.object({ token: ApiToken, secret: z.string() });
