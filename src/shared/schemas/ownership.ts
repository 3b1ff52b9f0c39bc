import { z } from 'zod';
import { LIGHTS } from '../../domain/deadlines/lights.js';
import { OWNED_KINDS, OWNERSHIP_STATUSES } from '../../domain/ownership/index.js';
import { Id, Version } from './common.js';

const text = (min: number, max: number, label: string) => z.string().trim().min(min).max(max).describe(label);

export const CreateOwnershipBody = z.strictObject({
  kind: z.enum(OWNED_KINDS).describe('包案对象类型'),
  objectId: Id.describe('信访件、隐患、村居或企业（重点人员：其所在村居）'),
  personLabel: z.string().trim().max(100).optional().describe('重点人员姓名'),
  leaderUserId: Id.describe('包案领导'),
  assignedPerson: text(2, 50, '定专人'),
  responsibility: text(2, 300, '定责任'),
  measures: text(2, 500, '定措施'),
  goal: text(2, 300, '定目标'),
  targetDate: z.iso.date().describe('目标日期'),
});

export const OwnershipView = z.object({
  id: Id,
  unitId: Id,
  kind: z.enum(OWNED_KINDS),
  objectId: z.string().nullable(),
  objectLabel: z.string(),
  leaderUserId: Id,
  leaderName: z.string(),
  assignedPerson: z.string(),
  responsibility: z.string(),
  measures: z.string(),
  goal: z.string(),
  startedOn: z.string(),
  targetDate: z.string(),
  status: z.enum(OWNERSHIP_STATUSES),
  resolvedOn: z.string().nullable(),
  resolution: z.string().nullable(),
  createdByName: z.string(),
  version: z.number(),
  light: z.enum(LIGHTS).nullable(),
});

export const OwnershipListQuery = z.strictObject({
  leaderUserId: Id.optional().describe('包案领导'),
  status: z.enum(OWNERSHIP_STATUSES).optional().describe('状态'),
});

export const OwnershipDetailView = z.object({
  ownership: OwnershipView,
  progress: z.array(z.object({ id: Id, day: z.string(), note: z.string(), byName: z.string(), at: z.string() })),
});

export const OwnershipProgressBody = z.strictObject({ note: text(2, 1000, '进展情况') });
export const ResolveOwnershipBody = z.strictObject({ resolution: text(4, 500, '化解情况'), version: Version });

export const ResolutionRatesView = z.object({
  items: z.array(
    z.object({
      leaderUserId: Id,
      leaderName: z.string(),
      targeted: z.number(),
      resolved: z.number(),
      resolvedOnTime: z.number(),
      rate: z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() }),
    }),
  ),
});

export const OwnerCandidatesView = z.object({ items: z.array(z.object({ id: Id, name: z.string(), title: z.string().nullable() })) });
