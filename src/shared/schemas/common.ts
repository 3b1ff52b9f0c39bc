import { z } from 'zod';

export const Id = z.uuid().describe('编号');
export const IdParams = z.strictObject({ id: Id });
export const Version = z.number().int().min(1).describe('版本号');
export const Reason = z.string().trim().min(2).max(500).describe('理由');
export const IsoDateTime = z.string().describe('时间（ISO 8601）');

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })),
  }),
});

export const Page = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('每页条数'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('起始位置'),
});

export const Ok = z.object({ ok: z.literal(true) });
