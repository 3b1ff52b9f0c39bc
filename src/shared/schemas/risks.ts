import { z } from 'zod';
import { REPORT_FREQUENCIES, REPORT_STATES, RISK_CATEGORIES, RISK_LEVELS, RISK_STATUSES } from '../../domain/risks/index.js';
import { UNIT_LEVELS } from '../../domain/vocabulary/index.js';
import { Id, Version } from './common.js';
import { RegisterCaseBody } from './cases.js';

const text = (min: number, max: number, label: string) => z.string().trim().min(min).max(max).describe(label);
const day = (label: string) => z.iso.date().describe(label);

/** One line of 《基层单位信访隐患排查调处情况明细表》. */
export const RiskLineBody = z.strictObject({
  description: text(4, 500, '隐患情况'),
  peopleCount: z.number().int().min(1).max(100000).describe('涉及人数'),
  keyPersons: z.string().trim().max(200).optional().describe('重点人员'),
  category: z.enum(RISK_CATEGORIES).describe('隐患类别'),
  level: z.enum(RISK_LEVELS).describe('隐患等级'),
  measures: text(2, 500, '调处措施'),
  responsiblePerson: text(2, 50, '责任人'),
  deadline: day('化解时限'),
  status: z.enum(['screening', 'mediating', 'resolved']).describe('调处状态'),
  resolution: z.string().trim().max(500).optional().describe('化解情况'),
});

export const FileRiskReportBody = z.strictObject({
  periodOf: day('所报周期中的任一天').optional(),
  nil: z.boolean().describe('本期无隐患'),
  note: z.string().trim().max(500).optional().describe('备注'),
  risks: z.array(RiskLineBody).max(50).describe('隐患明细'),
});

export const RiskView = z.object({
  id: Id,
  reportId: Id.nullable(),
  unitId: Id,
  unitName: z.string().optional(),
  description: z.string(),
  peopleCount: z.number(),
  keyPersons: z.string().nullable(),
  category: z.enum(RISK_CATEGORIES),
  level: z.enum(RISK_LEVELS),
  measures: z.string(),
  responsiblePerson: z.string(),
  deadline: z.string(),
  status: z.enum(RISK_STATUSES),
  resolution: z.string().nullable(),
  reportedOn: z.string(),
  closedOn: z.string().nullable(),
  caseId: z.string().nullable(),
  version: z.number(),
  missedDays: z.number().optional(),
  overdue: z.boolean().optional(),
});

export const PeriodView = z.object({ start: z.string(), end: z.string(), due: z.string(), label: z.string() });

export const RiskReportView = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  label: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueOn: z.string(),
  filedOn: z.string(),
  filedByName: z.string(),
  nil: z.boolean(),
  note: z.string().nullable(),
  state: z.enum(REPORT_STATES),
  items: z.array(RiskView),
});

export const RiskFormView = z.object({
  unitId: Id,
  unitName: z.string(),
  frequency: z.enum(REPORT_FREQUENCIES),
  period: PeriodView,
  filed: z.object({ id: Id, filedOn: z.string(), nil: z.boolean() }).nullable(),
  openRisks: z.array(RiskView),
});

export const RiskGridQuery = z.strictObject({
  level: z.enum(UNIT_LEVELS).default('village').describe('单位层级'),
  periods: z.coerce.number().int().min(1).max(26).default(8).describe('显示最近几期'),
});

export const RiskGridView = z.object({
  level: z.enum(UNIT_LEVELS),
  frequency: z.enum(REPORT_FREQUENCIES),
  today: z.string(),
  periods: z.array(PeriodView),
  rows: z.array(
    z.object({
      unitId: Id,
      unitName: z.string(),
      cells: z.array(z.object({ periodStart: z.string(), state: z.enum(REPORT_STATES), reportId: Id.nullable(), filedOn: z.string().nullable(), nil: z.boolean().nullable(), risks: z.number() })),
    }),
  ),
  missing: z.number(),
  late: z.number(),
});

export const RiskListQuery = z.strictObject({
  status: z.enum([...RISK_STATUSES, 'open']).optional().describe('调处状态（open：未结束）'),
  level: z.enum(RISK_LEVELS).optional().describe('隐患等级'),
  unitId: Id.optional().describe('单位'),
});

export const RiskProgressView = z.object({ id: Id, day: z.string(), note: z.string(), byName: z.string(), at: z.string() });

export const RiskDetailView = z.object({
  risk: RiskView,
  progress: z.array(RiskProgressView),
  missedDays: z.array(z.string()),
  needsDailyProgress: z.boolean(),
  case: z.object({ id: Id, caseNo: z.string() }).nullable(),
});

export const RiskProgressBody = z.strictObject({ note: text(2, 1000, '进展情况'), day: day('日期').optional() });
export const RiskStatusBody = z.strictObject({ status: z.enum(['mediating', 'resolved']).describe('调处状态'), resolution: z.string().trim().max(500).optional().describe('化解情况'), version: Version });
export const RiskToCaseBody = z.strictObject({ version: Version, registration: RegisterCaseBody });

export const RiskScheduleBody = z.partialRecord(z.enum(UNIT_LEVELS), z.enum(REPORT_FREQUENCIES)).describe('各层级的上报周期');
