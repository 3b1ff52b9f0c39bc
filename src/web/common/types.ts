// Response types of the API, taken from the shared zod schemas (types only: zod stays out of the bundle).
import type { z } from 'zod';
import type {
  ApiToken as ApiTokenSchema,
  CreatedToken as CreatedTokenSchema,
} from '../../shared/schemas/tokens.js';
import type { AuditEntry as AuditEntrySchema } from '../../shared/schemas/audit.js';
import type { Unit as UnitSchema } from '../../shared/schemas/units.js';
import type {
  Me as MeSchema,
  User as UserSchema,
  UserWithPassword as UserWithPasswordSchema,
} from '../../shared/schemas/users.js';
import type { RegionDetail as RegionDetailSchema } from '../../shared/schemas/regions.js';

export type Unit = z.infer<typeof UnitSchema>;
export type User = z.infer<typeof UserSchema>;
export type UserWithPassword = z.infer<typeof UserWithPasswordSchema>;
export type Me = z.infer<typeof MeSchema>;
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export type CreatedToken = z.infer<typeof CreatedTokenSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type RegionDetail = z.infer<typeof RegionDetailSchema>;

export interface Items<T> {
  items: T[];
}
export interface PageOf<T> extends Items<T> {
  total: number;
}
export interface AuditPage extends Items<AuditEntry> {
  nextBeforeId: number | null;
}
