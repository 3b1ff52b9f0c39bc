// Which way a matter moves from the unit that holds it, what a lower unit keeps of an item sent up, and a
// person's choice against the suggestion (always with a reason).
import { levelDepth } from '../vocabulary/index.js';
import type { RouteSuggestion, RoutingUnit } from './types.js';

/** here: handle it; down: 交办/转办 (to a unit below or beside); up: 上报 with a restricted record. */
export type RouteDirection = 'here' | 'down' | 'up';

type Placed = Pick<RoutingUnit, 'id' | 'level'> & Partial<Pick<RoutingUnit, 'path' | 'parentId'>>;

function isAncestor(candidate: Placed, of: Placed, units: readonly Placed[]): boolean {
  if (candidate.path && of.path) return of.path.startsWith(candidate.path) && candidate.id !== of.id;
  const byId = new Map(units.map((u) => [u.id, u]));
  let parentId = of.parentId ?? byId.get(of.id)?.parentId ?? null;
  for (let guard = 0; parentId && guard <= units.length; guard++) {
    if (parentId === candidate.id) return true;
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return false;
}

/** `units` (the tree) is needed only to see that a same-level unit is above when paths are not given. */
export function directionFrom(
  current: Placed,
  target: Placed,
  units: readonly Placed[] = [],
): RouteDirection {
  if (current.id === target.id) return 'here';
  if (levelDepth(target.level) < levelDepth(current.level) || isAncestor(target, current, units)) return 'up';
  return 'down';
}

/** What a case sent upward is, as the sending unit holds it: the fact of sending, when, and to whom. */
export interface RestrictedRecord {
  caseId: string;
  caseNo: string;
  sentAt: string;
  sentToUnitId: string;
  sentToUnitName: string | null;
  restricted: true;
}

export interface SentCase {
  id: string;
  caseNo: string;
  sentAt: string;
  sentToUnitId: string;
  sentToUnitName?: string | null;
  // Anything else the case carries (content, parties, attachments) is not kept.
  [field: string]: unknown;
}

/**
 * 规则第十五条: an item that belongs to a higher body is not kept, copied or excerpted below. The lower unit keeps
 * this record only. Fields are picked one by one, so a new case field can never leak into it.
 */
export function restrictedRecord(sent: SentCase): RestrictedRecord {
  return {
    caseId: sent.id,
    caseNo: sent.caseNo,
    sentAt: sent.sentAt,
    sentToUnitId: sent.sentToUnitId,
    sentToUnitName: sent.sentToUnitName ?? null,
    restricted: true,
  };
}

export const RESTRICTED_RECORD_FIELDS = [
  'caseId',
  'caseNo',
  'sentAt',
  'sentToUnitId',
  'sentToUnitName',
  'restricted',
] as const;

export type OverrideResult = { ok: true; route: RouteSuggestion } | { ok: false; message: string };

/** A person sends the matter elsewhere than suggested; the reason joins the suggestion's reasons. */
export function overrideRoute(
  suggestion: RouteSuggestion,
  chosenUnitId: string,
  reason: string,
  units: readonly Pick<RoutingUnit, 'id' | 'name' | 'level'>[] = [],
): OverrideResult {
  if (!chosenUnitId?.trim()) return { ok: false, message: '请选择承办单位' };
  if (chosenUnitId === suggestion.unitId) return { ok: true, route: suggestion };
  if (!reason?.trim()) return { ok: false, message: '改变系统建议的承办单位，必须说明理由' };
  const chosen = units.find((u) => u.id === chosenUnitId);
  if (units.length > 0 && !chosen) return { ok: false, message: '所选承办单位不存在' };
  return {
    ok: true,
    route: {
      unitId: chosenUnitId,
      level: chosen?.level ?? null,
      pipeline: suggestion.pipeline,
      reasons: [...suggestion.reasons, `人工改派${chosen ? `至${chosen.name}` : ''}，理由：${reason.trim()}`],
      overridden: true,
      suggestedUnitId: suggestion.unitId,
    },
  };
}
