import { z } from 'zod';
import { UNIT_KINDS, UNIT_LEVELS } from '../../domain/vocabulary/index.js';
import { Id, IsoDateTime, Reason, Version } from './common.js';

export const UnitFields = z.strictObject({
  name: z.string().trim().min(2).max(60).describe('名称'),
  shortName: z.string().trim().max(30).nullish().describe('简称'),
  code: z
    .string()
    .regex(/^[0-9A-Za-z]{2,20}$/, '单位代码应为 2–20 位字母或数字')
    .describe('单位代码'),
  level: z.enum(UNIT_LEVELS).describe('层级'),
  kind: z.enum(UNIT_KINDS).describe('单位类别'),
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3})?)?$/, '行政区划代码应为 6、9 或 12 位数字')
    .describe('行政区划'),
  phone: z.string().trim().max(40).nullish().describe('电话'),
  address: z.string().trim().max(200).nullish().describe('地址'),
  sortOrder: z.number().int().min(0).max(100000).optional().describe('排序'),
});
export type UnitFields = z.infer<typeof UnitFields>;

export const CreateUnitBody = UnitFields.extend({ parentId: Id.describe('上级单位') });
export const UpdateUnitBody = UnitFields.extend({ version: Version });
export const MoveUnitBody = z.strictObject({ parentId: Id.describe('上级单位'), version: Version, reason: Reason });
export const SetActiveBody = z.strictObject({ active: z.boolean().describe('状态'), version: Version, reason: Reason });

export const Unit = z.object({
  id: Id,
  parentId: Id.nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string(),
  level: z.enum(UNIT_LEVELS),
  kind: z.enum(UNIT_KINDS),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  depth: z.number(),
  active: z.boolean(),
  sortOrder: z.number(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  version: z.number(),
  updatedAt: IsoDateTime,
});
export type Unit = z.infer<typeof Unit>;
