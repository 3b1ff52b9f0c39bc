import { beyondScope, settingsRepository, unitsRepository, type Db } from '../../db/index.js';
import { forbidden, invalid } from '../../domain/errors.js';
import type { CategoryDepartment } from '../../domain/routing/index.js';
import { RANKS, RANK_LABELS, UNIT_LEVELS, type Rank, type UnitLevel } from '../../domain/vocabulary/index.js';
import { audit, diff } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { CATEGORY_DEPARTMENTS_KEY, RANK_LEVELS_KEY, routingTables } from '../handling/routing.js';

export const getRoutingConfig = (ctx: ServiceContext) => inScope(ctx, (tx) => routingTables(tx));

/** System-wide rules change only at the top of the tree: a county's administrator cannot rewrite the nation's. */
export async function mustBeTopAdmin(ctx: ServiceContext, tx: Db) {
  const u = await unitsRepository.byId(tx, ctx.actor.unitId);
  if (u?.parentId) throw forbidden('只有顶级单位的系统管理员可以修改全局业务规则');
}

/** 干部管理权限 table and 归口 map, edited by the top administrator; the change and its diff are audited. */
export const updateRoutingConfig = (ctx: ServiceContext, next: { rankLevels: Record<string, string>; categoryDepartments: CategoryDepartment[] }) =>
  inScope(ctx, async (tx) => {
    await mustBeTopAdmin(ctx, tx);
    for (const [rank, level] of Object.entries(next.rankLevels)) {
      if (!RANKS.includes(rank as Rank)) throw invalid(`未知的职级：${rank}`);
      if (!UNIT_LEVELS.includes(level as UnitLevel)) throw invalid(`${RANK_LABELS[rank as Rank]}的受理层级无效：${level}`);
    }
    const codes = next.categoryDepartments.map((c) => c.category);
    if (new Set(codes).size !== codes.length) throw invalid('归口表中有重复的问题类别');
    const before = await routingTables(tx);
    await beyondScope(tx, async () => {
      await settingsRepository.put(tx, RANK_LEVELS_KEY, next.rankLevels);
      await settingsRepository.put(tx, CATEGORY_DEPARTMENTS_KEY, next.categoryDepartments);
    });
    await audit(tx, ctx, {
      action: 'config.routing',
      objectType: 'config',
      objectId: 'routing',
      detail: { changes: diff(before as Record<string, unknown>, next as Record<string, unknown>, ['rankLevels', 'categoryDepartments']) },
    });
    return routingTables(tx);
  });
