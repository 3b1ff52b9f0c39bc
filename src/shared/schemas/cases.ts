import { z } from 'zod';
import { ACCUSED_KINDS, CASE_SOURCES, DISCIPLINE_CLASSES, GOVERNMENT_NATURES, SECRECY_LEVELS, URGENCIES } from '../../domain/register/registration-codes.js';

const NATURES = [...new Set([...GOVERNMENT_NATURES, ...DISCIPLINE_CLASSES])] as [(typeof GOVERNMENT_NATURES)[number] | (typeof DISCIPLINE_CLASSES)[number], ...(typeof DISCIPLINE_CLASSES)[number][]];
import { CHANNELS, PIPELINES, RANKS, UNIT_LEVELS } from '../../domain/vocabulary/index.js';
import { CASE_STATES, QUEUES } from '../../domain/workflow/index.js';
import { Id, IsoDateTime, Page } from './common.js';

const text = (max: number, label: string) => z.string().trim().max(max).describe(label);

/** The registration form (信访登记表). Business rules (required fields per channel, ID checksums …) are domain code. */
export const PetitionerBody = z.strictObject({
  name: text(50, '姓名').optional(),
  sex: z.enum(['male', 'female']).optional().describe('性别'),
  idNumber: text(30, '身份证号').optional(),
  phones: z.array(text(30, '电话')).max(3).optional().describe('电话'),
  email: text(100, '电子邮箱').optional(),
  address: text(200, '地址').optional(),
  regionCode: text(12, '所属区划').optional(),
  workUnit: text(100, '工作单位').optional(),
  occupation: text(50, '职业').optional(),
  isPrimary: z.boolean().optional(),
  isRepresentative: z.boolean().optional().describe('代表'),
});
export const AccusedBody = z.strictObject({
  kind: z.enum(ACCUSED_KINDS).optional(),
  name: text(50, '被反映人姓名').optional(),
  unit: text(100, '被反映人单位').optional(),
  position: text(60, '职务').optional(),
  rank: z.enum(RANKS).optional().describe('职级'),
  isUnitChief: z.boolean().optional().describe('是否一把手'),
  regionCode: text(12, '所在区划').optional(),
});
export const RegisterCaseBody = z.strictObject({
  receivedOn: z.string().describe('信访日期'),
  backdateReason: text(200, '补录理由').optional(),
  channel: z.enum(CHANNELS).describe('信访形式'),
  source: z.enum(CASE_SOURCES).describe('信访来源'),
  pipeline: z.enum(PIPELINES).describe('业务类型'),
  nature: z.enum(NATURES).describe('性质/类别'),
  categoryCode: text(20, '问题类别').optional(),
  matterRegionCode: text(12, '问题属地').optional(),
  petitioners: z.array(PetitionerBody).max(200).describe('信访人'),
  headcount: z.number().int().min(1).max(100000).optional().describe('人数'),
  callerNumber: text(30, '来电号码').optional(),
  accused: z.array(AccusedBody).max(50).describe('被反映人'),
  title: text(100, '标题').optional(),
  summary: text(2000, '内容摘要').optional(),
  content: text(50000, '信访内容').optional(),
  demands: text(2000, '主要诉求').optional(),
  urgency: z.enum(URGENCIES).optional().describe('紧急程度'),
  secrecy: z.enum(SECRECY_LEVELS).optional().describe('密级'),
  anonymous: z.boolean().describe('匿名'),
});
export type RegisterCaseBody = z.infer<typeof RegisterCaseBody>;

export const RepeatCandidate = z.object({
  caseId: Id,
  caseNo: z.string(),
  title: z.string(),
  receivedOn: z.string(),
  unitName: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
});

export const PetitionerView = z.object({
  id: Id,
  isPrimary: z.boolean(),
  isRepresentative: z.boolean(),
  name: z.string().nullable(),
  sex: z.string().nullable(),
  idNumber: z.string().nullable(),
  phones: z.string().nullable(),
  address: z.string().nullable(),
  regionCode: z.string().nullable(),
  workUnit: z.string().nullable(),
  occupation: z.string().nullable(),
});
export const AccusedView = z.object({
  name: z.string().nullable(),
  kind: z.string(),
  unitName: z.string().nullable(),
  position: z.string().nullable(),
  rank: z.string().nullable(),
  isUnitChief: z.boolean(),
  regionCode: z.string().nullable(),
});

export const CaseSummary = z.object({
  id: Id,
  caseNo: z.string(),
  unitId: Id,
  unitName: z.string(),
  receivedOn: z.string(),
  registeredAt: IsoDateTime,
  channel: z.string(),
  source: z.string(),
  pipeline: z.string(),
  nature: z.string(),
  categoryCode: z.string().nullable(),
  matterRegionCode: z.string().nullable(),
  matterRegionName: z.string().nullable(),
  title: z.string(),
  petitionerNames: z.string().nullable(),
  anonymous: z.boolean(),
  realName: z.boolean(),
  headcount: z.number(),
  groupVisit: z.boolean(),
  skipLevel: z.boolean(),
  repeatStatus: z.string(),
  repeatCount: z.number(),
  urgency: z.string(),
  state: z.string(),
  /** Worst light of the running clocks (null when none runs) and the nearest due date. */
  light: z.enum(['green', 'yellow', 'red']).nullable().optional(),
  dueOn: z.string().nullable().optional(),
  /** How late the nearest due date is: 超时 / 中度超时 / 严重超时 (thresholds in the deadline settings). */
  overdueGrade: z.enum(['overdue', 'moderatelyOverdue', 'severelyOverdue']).nullable().optional(),
  /** For actions taken from a list (批量批示). */
  version: z.number(),
});
export const AttachmentView = z.object({ id: Id, kind: z.string(), fileName: z.string(), mime: z.string(), size: z.number(), uploadedAt: IsoDateTime });

export const CaseDetail = CaseSummary.extend({
  registeredVia: z.string(),
  registeredByName: z.string().nullable(),
  backdateReason: z.string().nullable(),
  summary: z.string().nullable(),
  content: z.string().nullable(),
  demands: z.string().nullable(),
  secrecy: z.string(),
  callerNumber: z.string().nullable(),
  repeatOf: z.object({ id: Id, caseNo: z.string() }).nullable(),
  petitioners: z.array(PetitionerView),
  accused: z.array(AccusedView),
  attachments: z.array(AttachmentView),
  /** Whether `petitioners` carries full values (the caller asked for them and may see them). */
  identityShown: z.boolean(),
  /** What the caller may do next (workflow actions); the UI shows exactly these. */
  allowedActions: z.array(z.string()).optional(),
});
export const RegisterResult = z.object({
  case: CaseDetail,
  flags: z.object({ groupVisit: z.boolean(), realName: z.boolean(), skipLevel: z.boolean(), skipLevelReason: z.string().nullable() }),
  repeatCandidates: z.array(RepeatCandidate),
  /** The same external key (Idempotency-Key, import row) was registered before: nothing new was created. */
  duplicate: z.boolean(),
});

const flag = z.enum(['true', 'false']).optional();
/** Values a case may lack, for the statistics rows 未分类, 未填写属地, 未填写被反映人 and 无计时. */
export const MISSING_FIELDS = ['category', 'matterRegion', 'rank', 'light'] as const;
export type MissingField = (typeof MISSING_FIELDS)[number];
const MISSING = new RegExp(`^(${MISSING_FIELDS.join('|')})(,(${MISSING_FIELDS.join('|')}))*$`);
export const CaseListQuery = Page.extend({
  q: z.string().trim().max(60).optional().describe('关键词'),
  queue: z.enum(QUEUES).optional().describe('工作队列'),
  state: z.enum(CASE_STATES).optional().describe('状态'),
  channel: z.enum(CHANNELS).optional().describe('信访形式'),
  source: z.enum(CASE_SOURCES).optional().describe('信访来源'),
  pipeline: z.enum(PIPELINES).optional().describe('业务类型'),
  nature: z.enum(NATURES).optional().describe('性质/类别'),
  categoryCode: z.string().regex(/^[0-9A-Za-z]{1,20}$/).optional().describe('问题类别'),
  matterRegionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/).optional().describe('问题属地'),
  matterRegionExact: flag.describe('问题属地仅到该地区本级（未细化到下一级的信访件），须与问题属地同用'),
  rank: z.enum(RANKS).optional().describe('职级'),
  repeatStatus: z.enum(['unchecked', 'new', 'repeat']).optional().describe('重复件'),
  groupVisit: flag,
  skipLevel: flag,
  realName: flag,
  supervised: flag,
  light: z.enum(['green', 'yellow', 'red']).optional().describe('红黄绿灯'),
  from: z.iso.date().optional().describe('开始时间'),
  to: z.iso.date().optional().describe('结束时间'),
  unitId: Id.optional().describe('单位'),
  unitOnly: flag.describe('仅本级：单位自办的信访件，不含下级单位'),
  unitLevel: z.enum(UNIT_LEVELS).optional().describe('承办层级（承办单位的层级）'),
  missing: z.string().regex(MISSING, '应为 category、matterRegion、rank、light 中的一项或几项，以逗号分隔').optional().describe('未填写的项：category 未分类，matterRegion 未填写属地，rank 未填写被反映人职级，light 无计时（可多项，逗号分隔）'),
  sort: z.enum(['receivedOn', 'registeredAt', 'caseNo', 'dueOn']).default('receivedOn').describe('排序'),
  order: z.enum(['asc', 'desc']).default('desc').describe('顺序'),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const QueueCounts = z.object({
  items: z.array(z.object({ queue: z.enum(QUEUES), label: z.string(), count: z.number() })),
});
