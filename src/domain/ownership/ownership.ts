// 领导包案 (包案、包片包村包企业, 包重点人物): who owns what, with 定专人、定责任、定措施、定目标 and a target date.
import { compareDates, daysBetween, type IsoDate } from '../deadlines/dates.js';
import { light, type Light } from '../deadlines/lights.js';
import type { WorkCalendar } from '../deadlines/calendar.js';
import type { FieldError } from '../errors.js';
import { ratio, type Ratio } from '../indicators/rates.js';

export const OWNED_KINDS = ['case', 'risk', 'keyPerson', 'village', 'enterprise'] as const;
export type OwnedKind = (typeof OWNED_KINDS)[number];
export const OWNED_KIND_LABELS: Record<OwnedKind, string> = { case: '重点信访件', risk: '信访隐患', keyPerson: '重点人员', village: '包村（居）', enterprise: '包企业' };
/** What 化解率 counts: matters that can be resolved (a village or enterprise is owned for good, not resolved). */
export const RESOLVABLE_KINDS: readonly OwnedKind[] = ['case', 'risk', 'keyPerson'];

export const OWNERSHIP_STATUSES = ['active', 'resolved'] as const;
export type OwnershipStatus = (typeof OWNERSHIP_STATUSES)[number];
export const OWNERSHIP_STATUS_LABELS: Record<OwnershipStatus, string> = { active: '包案中', resolved: '已化解' };

/** The four 定. */
export interface FourFixes {
  /** 定专人: who does the work under the leader. */
  assignedPerson: string;
  /** 定责任. */
  responsibility: string;
  /** 定措施. */
  measures: string;
  /** 定目标. */
  goal: string;
}

export function ownershipProblems(o: FourFixes & { targetDate: IsoDate; startedOn: IsoDate }, kind: OwnedKind): FieldError[] {
  const out: FieldError[] = [];
  const need = (field: keyof FourFixes, what: string, min: number) => {
    if (!o[field] || o[field].trim().length < min) out.push({ field, message: `请填写${what}（至少 ${min} 个字）` });
  };
  need('assignedPerson', '定专人', 2);
  need('responsibility', '定责任', 2);
  need('measures', '定措施', 2);
  need('goal', '定目标', 2);
  if (RESOLVABLE_KINDS.includes(kind) && compareDates(o.targetDate, o.startedOn) < 0) out.push({ field: 'targetDate', message: '目标日期不能早于包案之日' });
  return out;
}

/**
 * The deadline light of an owned matter: red past the target date, yellow near it (the deadlines rule: 3 working
 * days or 20 % of the span), green otherwise; none once resolved or for a village or enterprise owned for good.
 */
export function ownershipLight(o: { kind: OwnedKind; status: OwnershipStatus; startedOn: IsoDate; targetDate: IsoDate }, today: IsoDate, calendar: WorkCalendar): Light | null {
  if (o.status !== 'active' || !RESOLVABLE_KINDS.includes(o.kind)) return null;
  return light(o.targetDate, today, { days: Math.max(1, daysBetween(o.startedOn, o.targetDate)), unit: 'calendar' }, calendar);
}

/** 化解率 per leader: resolved ÷ owned resolvable matters (a matter is targeted once it is owned). */
export function resolutionByLeader(items: readonly { leaderUserId: string; leaderName: string; kind: OwnedKind; status: OwnershipStatus; resolvedOn?: IsoDate | null; targetDate: IsoDate }[]) {
  const by = new Map<string, { leaderUserId: string; leaderName: string; targeted: number; resolved: number; resolvedOnTime: number }>();
  for (const i of items) {
    if (!RESOLVABLE_KINDS.includes(i.kind)) continue;
    const row = by.get(i.leaderUserId) ?? { leaderUserId: i.leaderUserId, leaderName: i.leaderName, targeted: 0, resolved: 0, resolvedOnTime: 0 };
    row.targeted++;
    if (i.status === 'resolved') {
      row.resolved++;
      if (i.resolvedOn && compareDates(i.resolvedOn, i.targetDate) <= 0) row.resolvedOnTime++;
    }
    by.set(i.leaderUserId, row);
  }
  return [...by.values()]
    .map((r): typeof r & { rate: Ratio } => ({ ...r, rate: ratio(r.resolved, r.targeted) }))
    .sort((a, b) => (b.rate.rate ?? -1) - (a.rate.rate ?? -1) || a.leaderName.localeCompare(b.leaderName, 'zh-CN'));
}
