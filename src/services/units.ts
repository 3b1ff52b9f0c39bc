import { randomUUID } from 'node:crypto';
import { auditRepository, beyondScope, unitsRepository, usersRepository, type Tx, type UnitRow } from '../db/index.js';
import { conflict, forbidden, invalid, notFound, staleVersion } from '../domain/errors.js';
import { childPath, moveProblem, placementField, placementProblem } from '../domain/units/index.js';
import type { UnitKind, UnitLevel } from '../domain/vocabulary/index.js';
import { audit, diff } from './audit.js';
import { inScope, type ServiceContext } from './context.js';
import { regionKnown } from './regions.js';
import { forgetSessions } from './auth.js';

export interface UnitInput {
  name: string;
  shortName?: string | null | undefined;
  code: string;
  level: UnitLevel;
  kind: UnitKind;
  regionCode: string;
  phone?: string | null | undefined;
  address?: string | null | undefined;
  sortOrder?: number | undefined;
}


const EDITABLE = ['name', 'shortName', 'code', 'level', 'kind', 'regionCode', 'phone', 'address', 'sortOrder'] as const;

export const listUnits = (ctx: ServiceContext) => inScope(ctx, (tx) => unitsRepository.all(tx));

export const getUnit = (ctx: ServiceContext, id: string) => inScope(ctx, (tx) => mustFind(tx, id));

async function mustFind(tx: Tx, id: string, what = '单位') {
  const row = await unitsRepository.byId(tx, id);
  if (!row) throw notFound(what);
  return row;
}

function checkRegion(code: string) {
  if (!regionKnown(code)) throw invalid('行政区划代码不存在', [{ field: 'regionCode', message: '行政区划代码不存在' }]);
}

async function checkCodeFree(tx: Tx, code: string, selfId?: string) {
  // The code must be unique across the whole tree, also outside the caller's scope: ask unscoped.
  const other = await unitsRepository.byCode(tx, code);
  if (other && other.id !== selfId) throw conflict(`单位代码「${code}」已被使用`);
}

export function createUnit(ctx: ServiceContext, parentId: string, input: UnitInput) {
  return inScope(ctx, async (tx) => {
    const parent = await mustFind(tx, parentId, '上级单位');
    if (!parent.active) throw invalid('上级单位已停用，不能在其下新建单位');
    const problem = placementProblem(parent, input);
    if (problem) throw invalid(problem, [{ field: placementField(problem), message: problem }]);
    checkRegion(input.regionCode);
    await checkCodeFree(tx, input.code);
    const id = randomUUID();
    const row = await unitsRepository.insert(tx, {
      ...input,
      id,
      parentId,
      path: childPath(parent.path, id),
      depth: parent.depth + 1,
    });
    await audit(tx, ctx, { action: 'unit.create', objectType: 'unit', objectId: id, objectUnitId: id, detail: { ...input, parentId } });
    return row;
  });
}

export function updateUnit(ctx: ServiceContext, id: string, version: number, input: UnitInput) {
  return inScope(ctx, async (tx) => {
    const before = await mustFind(tx, id);
    if (before.parentId) {
      const parent = await mustFind(tx, before.parentId, '上级单位').catch(() => null);
      const problem = parent && placementProblem(parent, input);
      if (problem) throw invalid(problem, [{ field: placementField(problem), message: problem }]);
    } else if (input.level !== before.level) {
      throw invalid('根单位的层级不能修改', [{ field: 'level', message: '根单位的层级不能修改' }]);
    }
    if (input.regionCode !== before.regionCode) checkRegion(input.regionCode);
    if (input.code !== before.code) await checkCodeFree(tx, input.code, id);
    const after = await unitsRepository.update(tx, id, version, input);
    if (!after) throw staleVersion();
    await checkChildrenStillFit(tx, after);
    const changes = diff(before as Record<string, unknown>, after as Record<string, unknown>, [...EDITABLE]);
    await audit(tx, ctx, { action: 'unit.update', objectType: 'unit', objectId: id, objectUnitId: id, detail: { changes } });
    return after;
  }).finally(forgetSessions); // the sessions resolved before may show what changed
}

async function checkChildrenStillFit(tx: Tx, parent: UnitRow) {
  const children = (await unitsRepository.subtree(tx, parent.path)).filter((u) => u.parentId === parent.id);
  for (const c of children) {
    const problem = placementProblem(parent, c);
    if (problem) throw invalid(`下级单位「${c.name}」将不再符合：${problem}`);
  }
}

export function moveUnit(ctx: ServiceContext, id: string, version: number, newParentId: string, reason: string) {
  return inScope(ctx, async (tx) => {
    const u = await mustFind(tx, id);
    if (id === ctx.actor.unitId) throw forbidden('不能移动您本人所在的单位');
    if (u.parentId === newParentId) throw invalid('该单位已在所选上级单位之下');
    const parent = await mustFind(tx, newParentId, '新的上级单位');
    const problem = moveProblem(u, parent) ?? placementProblem(parent, u);
    if (problem) throw invalid(problem, [{ field: 'parentId', message: problem }]);
    const moved = await unitsRepository.update(tx, id, version, { parentId: newParentId });
    if (!moved) throw staleVersion();
    const newPath = childPath(parent.path, id);
    await beyondScope(tx, () => unitsRepository.repath(tx, u.path, newPath, parent.depth + 1 - u.depth));
    await audit(tx, ctx, {
      action: 'unit.move',
      objectType: 'unit',
      objectId: id,
      objectUnitId: id,
      detail: { fromParentId: u.parentId, toParentId: newParentId, reason },
    });
    return mustFind(tx, id);
  }).finally(forgetSessions); // the sessions resolved before may show what changed
}

export function setUnitActive(ctx: ServiceContext, id: string, version: number, active: boolean, reason: string) {
  return inScope(ctx, async (tx) => {
    const u = await mustFind(tx, id);
    if (id === ctx.actor.unitId) throw forbidden('不能停用或启用您本人所在的单位');
    if (u.active === active) throw invalid(active ? '该单位已是启用状态' : '该单位已是停用状态');
    if (!active && (await unitsRepository.activeChildren(tx, id)) > 0)
      throw invalid('该单位还有启用中的下级单位，请先停用或移走下级单位');
    if (active && u.parentId) {
      const parent = await unitsRepository.byId(tx, u.parentId);
      if (parent && !parent.active) throw invalid('上级单位已停用，请先启用上级单位');
    }
    const after = await unitsRepository.update(tx, id, version, { active });
    if (!after) throw staleVersion();
    const users = await usersRepository.activeInUnit(tx, id);
    await audit(tx, ctx, {
      action: active ? 'unit.activate' : 'unit.deactivate',
      objectType: 'unit',
      objectId: id,
      objectUnitId: id,
      detail: { reason, activeUsers: users },
    });
    return after;
  }).finally(forgetSessions); // the sessions resolved before may show what changed
}

/** The unit's history: every audit entry about it, newest first. */
export const unitHistory = (ctx: ServiceContext, id: string) =>
  inScope(ctx, async (tx) => {
    await mustFind(tx, id);
    return auditRepository.list(tx, { objectType: 'unit', objectId: id }, 200);
  });
