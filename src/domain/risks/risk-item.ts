import type { FieldError } from '../errors.js';
import { addDays, compareDates, isIsoDate, type IsoDate } from '../deadlines/dates.js';
import { isOpenRisk, RISK_CATEGORIES, RISK_LEVELS, RISK_STATUSES, type RiskCategory, type RiskLevel, type RiskStatus } from './vocabulary.js';

/** One line of 《基层单位信访隐患排查调处情况明细表》. */
export interface RiskItemInput {
  description: string;
  peopleCount: number;
  keyPersons?: string | undefined;
  category: RiskCategory;
  level: RiskLevel;
  measures: string;
  responsiblePerson: string;
  deadline: IsoDate;
  status: RiskStatus;
  resolution?: string | undefined;
}

/** Problems of one line, with Chinese messages naming the field (prefix: `risks.0.`). */
export function riskItemProblems(r: RiskItemInput, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  const bad = (field: string, message: string) => out.push({ field: `${prefix}${field}`, message });
  if (!r.description || r.description.trim().length < 4) bad('description', '隐患情况至少 4 个字');
  if (!Number.isInteger(r.peopleCount) || r.peopleCount < 1) bad('peopleCount', '涉及人数须为正整数');
  if (!RISK_CATEGORIES.includes(r.category)) bad('category', '隐患类别无效');
  if (!RISK_LEVELS.includes(r.level)) bad('level', '隐患等级须为一般、较大或重大');
  if (!r.measures || r.measures.trim().length < 2) bad('measures', '请填写调处措施');
  if (!r.responsiblePerson || r.responsiblePerson.trim().length < 2) bad('responsiblePerson', '请填写责任人');
  if (!isIsoDate(r.deadline)) bad('deadline', '化解时限须为有效日期');
  if (!RISK_STATUSES.includes(r.status)) bad('status', '调处状态无效');
  else if (r.status === 'convertedToCase') bad('status', '「已转为信访件」须通过“转为信访件”登记，不能直接填写');
  else if (r.status === 'resolved' && !(r.resolution && r.resolution.trim().length >= 4)) bad('resolution', '已化解的隐患须写明化解情况（至少 4 个字）');
  return out;
}

/** Moves allowed on a risk already reported: forward only; closed risks stay closed. */
export function statusChangeProblem(from: RiskStatus, to: RiskStatus): string | null {
  if (from === to) return null;
  if (!isOpenRisk(from)) return `该隐患已${from === 'resolved' ? '化解' : '转为信访件'}，不能再改变状态`;
  if (to === 'screening') return '调处中的隐患不能退回排查中';
  if (to === 'convertedToCase') return '转为信访件须通过登记完成';
  return null;
}

/** 重大 risks need a progress entry every day while they are open (the source: 每天把事态发展情况…汇报). */
export const needsDailyProgress = (level: RiskLevel, status: RiskStatus) => level === 'critical' && isOpenRisk(status);

/**
 * Days a 重大 risk went without a progress entry: every day from the day after it was reported up to yesterday
 * (today may still be entered), while it was open.
 */
export function missedProgressDays(r: { level: RiskLevel; status: RiskStatus; reportedOn: IsoDate; closedOn?: IsoDate | null }, progressDays: ReadonlySet<IsoDate>, today: IsoDate): IsoDate[] {
  if (r.level !== 'critical') return [];
  const last = r.closedOn && compareDates(r.closedOn, today) < 0 ? addDays(r.closedOn, -1) : addDays(today, -1);
  const out: IsoDate[] = [];
  for (let d = addDays(r.reportedOn, 1); compareDates(d, last) <= 0; d = addDays(d, 1)) if (!progressDays.has(d)) out.push(d);
  return out;
}
