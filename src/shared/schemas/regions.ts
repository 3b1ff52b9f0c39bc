import { z } from 'zod';

export const RegionCodeParams = z.strictObject({
  code: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '行政区划代码应为 6、9 或 12 位数字').describe('行政区划'),
});
export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  fullName: z.string(),
  hasChildren: z.boolean(),
});
export const RegionDetail = Region.extend({
  ancestors: z.array(z.object({ code: z.string(), name: z.string(), level: z.string() })),
});
export const RegionSearchQuery = z.strictObject({
  q: z.string().min(1).max(30).describe('关键词'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数'),
});
