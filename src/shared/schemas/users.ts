import { z } from 'zod';
import { ROLES } from '../../domain/vocabulary/index.js';
import { Id, IsoDateTime, Page, Version } from './common.js';

const Username = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{3,40}$/, '用户名应为 3–40 位字母、数字、下划线、点或连字符')
  .describe('用户名');
const Password = z.string().min(1).max(128).describe('密码');

export const UserFields = z.strictObject({
  displayName: z.string().trim().min(2).max(30).describe('姓名'),
  unitId: Id.describe('所属单位'),
  roles: z.array(z.enum(ROLES)).min(1).max(9).describe('角色'),
  phone: z.string().trim().max(40).nullish().describe('电话'),
  title: z.string().trim().max(40).nullish().describe('职务'),
});
export const CreateUserBody = UserFields.extend({ username: Username, password: Password.optional() });
export const UpdateUserBody = UserFields.extend({ version: Version });
export const SetUserActiveBody = z.strictObject({ active: z.boolean().describe('状态'), version: Version });
export const UserQuery = Page.extend({
  q: z.string().max(40).optional().describe('关键词'),
  unitId: Id.optional(),
  role: z.enum(ROLES).optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const User = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  unitId: Id,
  unitName: z.string().optional(),
  roles: z.array(z.enum(ROLES)),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  lockedUntil: IsoDateTime.nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: IsoDateTime.nullable(),
  version: z.number(),
  createdAt: IsoDateTime,
});
export const UserWithPassword = z.object({ user: User, temporaryPassword: z.string().optional() });

export const LoginBody = z.strictObject({ username: z.string().min(1).max(40).describe('用户名'), password: Password });
export const ChangePasswordBody = z.strictObject({
  currentPassword: Password.describe('当前密码'),
  newPassword: Password.describe('新密码'),
});
export const Me = z.object({
  user: User,
  unit: z.object({ id: Id, name: z.string(), level: z.string(), path: z.string() }),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
  demo: z.boolean(),
});
