import { eq } from 'drizzle-orm';
import { beyondScope, casesRepository, settingsRepository, type CaseRow, type Db, type Tx, inSequence } from '../../db/index.js';
import { accused, unit } from '../../db/schema/index.js';
import { invalid, notFound } from '../../domain/errors.js';
import {
  DEFAULT_CATEGORY_DEPARTMENTS,
  DEFAULT_RANK_LEVELS,
  directionFrom,
  overrideRoute,
  suggestRoute,
  type CategoryDepartment,
  type RouteSuggestion,
  type RoutingUnit,
} from '../../domain/routing/index.js';
import type { Rank, UnitLevel } from '../../domain/vocabulary/index.js';
import { inScope, type ServiceContext } from '../context.js';
import { regionName } from '../regions.js';
import { categoryName } from '../register/categories.js';

export const RANK_LEVELS_KEY = 'routing.rankLevels';
export const CATEGORY_DEPARTMENTS_KEY = 'routing.categoryDepartments';

/** The routing tables as the administrators left them (defaults from domain.md until edited). */
export async function routingTables(db: Db) {
  const rankLevels = (await settingsRepository.get<Partial<Record<Rank, UnitLevel>>>(db, RANK_LEVELS_KEY)) ?? {};
  const categoryDepartments = (await settingsRepository.get<CategoryDepartment[]>(db, CATEGORY_DEPARTMENTS_KEY)) ?? DEFAULT_CATEGORY_DEPARTMENTS;
  return { rankLevels: { ...DEFAULT_RANK_LEVELS, ...rankLevels }, categoryDepartments };
}

/**
 * 属地管理、分级负责: the suggested handling unit of a case with the reasons in words. Routing needs the whole unit
 * tree (the competent unit may be above the caller), so the tree — names, levels, kinds, regions only — is read
 * beyond the caller's scope.
 */
export interface RoutableMatter {
  pipeline: CaseRow['pipeline'];
  nature: string;
  matterRegionCode: string | null;
  categoryCode: string | null;
  accused: { rank: Rank | null; isUnitChief: boolean }[];
}

/** The suggestion for a matter not yet registered (the portal files into the unit routing selects). */
export async function suggestForMatter(tx: Tx, m: RoutableMatter) {
  const [units, tables] = await beyondScope(tx, () =>
    inSequence([
      () => tx.select({ id: unit.id, name: unit.name, shortName: unit.shortName, level: unit.level, kind: unit.kind, regionCode: unit.regionCode, parentId: unit.parentId, path: unit.path, active: unit.active }).from(unit),
      () => routingTables(tx),
    ]),
  );
  const suggestion = suggestRoute(
    {
      pipeline: m.pipeline,
      matterRegion: m.matterRegionCode,
      accused: m.accused.filter((a) => a.rank).map((a) => ({ rank: a.rank!, isUnitChief: a.isUnitChief })),
      categoryCode: m.categoryCode,
      categoryName: categoryName(m.pipeline, m.categoryCode),
      isAccusation: m.nature === 'accusation',
    },
    { units: units as RoutingUnit[], rankLevels: tables.rankLevels, categoryDepartments: tables.categoryDepartments, regionName },
  );
  return { suggestion, units };
}

type Suggested = RouteSuggestion & {
  direction: 'here' | 'down' | 'up' | null;
  unitName: string | null;
  /** The unit a 上报 reaches by default (the parent of the case's unit), named: it lies outside the caller's scope. */
  parentUnit: { id: string; name: string } | null;
};

export async function suggestFor(tx: Tx, c: CaseRow): Promise<Suggested> {
  const people = await beyondScope(tx, () => tx.select().from(accused).where(eq(accused.caseId, c.id)));
  const { suggestion, units } = await suggestForMatter(tx, { ...c, accused: people });
  const here = units.find((u) => u.id === c.unitId)!;
  const target = units.find((u) => u.id === suggestion.unitId);
  const parent = here.parentId ? units.find((u) => u.id === here.parentId) : undefined;
  return {
    ...suggestion,
    unitName: target?.name ?? null,
    direction: target ? directionFrom(here, target, units) : null,
    parentUnit: parent ? { id: parent.id, name: parent.name } : null,
  };
}

export const routeSuggestion = (ctx: ServiceContext, caseId: string) =>
  inScope(ctx, async (tx) => {
    const c = await casesRepository.byId(tx, caseId);
    if (!c) throw notFound('信访件');
    return suggestFor(tx, c);
  });

/**
 * Sending a case to another unit than the suggestion needs a reason; the suggestion, the choice and the reason
 * go into the trail.
 */
export async function checkRouteChoice(tx: Tx, c: CaseRow, targetUnitId: string, reason: string | null) {
  const suggestion = await suggestFor(tx, c);
  const result = overrideRoute(suggestion, targetUnitId, reason ?? '');
  if (!result.ok) throw invalid(result.message, [{ field: 'overrideReason', message: result.message }]);
  return { suggestedUnitId: suggestion.unitId, reasons: result.route.reasons, overridden: result.route.overridden ?? false };
}
