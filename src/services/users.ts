import { sessionsRepository, unitsRepository, usersRepository, type Tx, type UserFilter, type UserRow } from '../db/index.js';
import { passwordProblem } from '../domain/accounts/index.js';
import { conflict, forbidden, invalid, notFound, staleVersion } from '../domain/errors.js';
import { roleConflict } from '../domain/policies/index.js';
import type { Role } from '../domain/vocabulary/index.js';
import { audit, diff } from './audit.js';
import { inScope, type ServiceContext } from './context.js';
import { hashPassword, temporaryPassword } from './secrets.js';
import { forgetSessions } from './auth.js';

export interface UserInput {
  displayName: string;
  unitId: string;
  roles: Role[];
  phone?: string | null | undefined;
  title?: string | null | undefined;
}

export const listUsers = (
  ctx: ServiceContext,
  filter: Omit<UserFilter, 'unitPath'> & { unitId?: string | undefined },
  limit: number,
  offset: number,
) =>
  inScope(ctx, async (tx) => {
    const { unitId, ...rest } = filter;
    // A unit outside the caller's scope is invisible here, so filtering by it finds nobody.
    const unitPath = unitId ? ((await unitsRepository.byId(tx, unitId))?.path ?? '/-/') : undefined;
    return usersRepository.list(tx, { ...rest, unitPath }, limit, offset);
  });

export const getUser = (ctx: ServiceContext, id: string) => inScope(ctx, (tx) => mustFind(tx, id));

async function mustFind(tx: Tx, id: string) {
  const row = await usersRepository.byId(tx, id);
  if (!row) throw notFound('用户');
  return row;
}

async function checkUnitAndRoles(tx: Tx, input: UserInput) {
  const u = await unitsRepository.byId(tx, input.unitId);
  if (!u) throw invalid('所属单位不存在或不在您的管辖范围内', [{ field: 'unitId', message: '所属单位无效' }]);
  if (!u.active) throw invalid('所属单位已停用', [{ field: 'unitId', message: '所属单位已停用' }]);
  const clash = roleConflict(input.roles);
  if (clash) throw invalid(clash, [{ field: 'roles', message: clash }]);
}

/** Creates an account. Without a password a temporary one is generated and returned once. */
export function createUser(
  ctx: ServiceContext,
  input: UserInput & { username: string; password?: string | undefined },
  opts: { mustChangePassword?: boolean } = {},
) {
  return inScope(ctx, async (tx) => {
    await checkUnitAndRoles(tx, input);
    // Usernames are unique across the whole system; a clash outside the caller's scope surfaces as a
    // unique violation, mapped to the same message by the error handler.
    if (await usersRepository.byUsername(tx, input.username)) throw conflict(`用户名「${input.username}」已被使用`);
    const password = input.password ?? temporaryPassword();
    const problem = passwordProblem(password, input.username);
    if (problem) throw invalid(problem, [{ field: 'password', message: problem }]);
    const { password: _omit, ...fields } = input;
    const row = await usersRepository.insert(tx, {
      ...fields,
      passwordHash: await hashPassword(password),
      mustChangePassword: opts.mustChangePassword ?? true,
    });
    await audit(tx, ctx, {
      action: 'user.create',
      objectType: 'user',
      objectId: row.id,
      objectUnitId: row.unitId,
      detail: { username: row.username, roles: row.roles, unitId: row.unitId },
    });
    return { user: row, temporaryPassword: input.password ? undefined : password };
  });
}

export function updateUser(ctx: ServiceContext, id: string, version: number, input: UserInput) {
  return inScope(ctx, async (tx) => {
    const before = await mustFind(tx, id);
    await checkUnitAndRoles(tx, input);
    if (id === ctx.actor.id && !input.roles.includes('admin'))
      throw forbidden('不能取消您自己的系统管理员角色，请由其他管理员操作');
    const after = await usersRepository.update(tx, id, input, version);
    if (!after) throw staleVersion();
    const changes = diff(before, after, ['displayName', 'unitId', 'roles', 'phone', 'title']);
    await audit(tx, ctx, { action: 'user.update', objectType: 'user', objectId: id, objectUnitId: after.unitId, detail: { changes } });
    return after;
  }).finally(forgetSessions); // the sessions resolved before may show what changed
}

export function setUserActive(ctx: ServiceContext, id: string, version: number, active: boolean) {
  return inScope(ctx, async (tx) => {
    if (id === ctx.actor.id) throw forbidden('不能停用您自己的账号');
    const after = await usersRepository.update(tx, id, { active }, version);
    if (!after) throw (await usersRepository.byId(tx, id)) ? staleVersion() : notFound('用户');
    if (!active) await sessionsRepository.revokeAllOf(tx, id, ctx.now());
    await audit(tx, ctx, {
      action: active ? 'user.activate' : 'user.deactivate',
      objectType: 'user',
      objectId: id,
      objectUnitId: after.unitId,
    });
    return after;
  }).finally(forgetSessions); // the sessions resolved before may show what changed
}

export function unlockUser(ctx: ServiceContext, id: string) {
  return inScope(ctx, async (tx) => {
    await mustFind(tx, id);
    const after = (await usersRepository.update(tx, id, { failedLogins: 0, lockedUntil: null }))!;
    await audit(tx, ctx, { action: 'user.unlock', objectType: 'user', objectId: id, objectUnitId: after.unitId });
    return after;
  });
}

/** An administrator resets a password: a temporary one, to be changed at next sign-in; sessions end. */
export function resetPassword(ctx: ServiceContext, id: string) {
  return inScope(ctx, async (tx) => {
    if (id === ctx.actor.id) throw forbidden('不能重置自己的密码，请在“修改密码”中修改');
    await mustFind(tx, id);
    const password = temporaryPassword();
    const after = (await usersRepository.update(tx, id, {
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    }))!;
    await sessionsRepository.revokeAllOf(tx, id, ctx.now());
    await audit(tx, ctx, { action: 'user.resetPassword', objectType: 'user', objectId: id, objectUnitId: after.unitId });
    return { user: after, temporaryPassword: password };
  }).finally(forgetSessions); // the sessions resolved before may show what changed
}

export type PublicUser = ReturnType<typeof presentUser>;
export function presentUser(u: UserRow, now: Date) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    unitId: u.unitId,
    roles: u.roles,
    phone: u.phone,
    title: u.title,
    active: u.active,
    locked: !!u.lockedUntil && u.lockedUntil > now,
    lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil.toISOString() : null,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
  };
}

/** The signed-in user with their unit, for the console's header and menus. */
export const whoAmI = (ctx: ServiceContext) =>
  inScope(ctx, async (tx) => {
    const user = await mustFind(tx, ctx.actor.id);
    const unit = (await unitsRepository.byId(tx, user.unitId))!;
    return { user, unit };
  });
