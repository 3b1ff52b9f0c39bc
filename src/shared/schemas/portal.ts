import { z } from 'zod';
import { DISCIPLINE_CLASSES, GOVERNMENT_NATURES } from '../../domain/register/registration-codes.js';
import { EVALUATIONS, PIPELINES } from '../../domain/vocabulary/index.js';
import { AccusedBody, PetitionerBody } from './cases.js';

const NATURES = [...new Set([...GOVERNMENT_NATURES, ...DISCIPLINE_CLASSES])] as [(typeof GOVERNMENT_NATURES)[number] | (typeof DISCIPLINE_CLASSES)[number], ...(typeof DISCIPLINE_CLASSES)[number][]];

export const Challenge = z.object({ id: z.string(), salt: z.string(), difficulty: z.number(), expiresAt: z.string(), signature: z.string() });
export const PortalReportBody = z.strictObject({
  proof: Challenge.extend({ nonce: z.string().max(40) }).describe('安全验证'),
  pipeline: z.enum(PIPELINES).describe('类别'),
  nature: z.enum(NATURES).describe('性质'),
  anonymous: z.boolean().describe('匿名'),
  petitioner: PetitionerBody.optional().describe('举报人'),
  accused: z.array(AccusedBody).max(10).describe('被反映人'),
  matterRegionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '请选择问题发生地').describe('问题发生地'),
  categoryCode: z.string().min(1, '请选择问题类别').max(20).describe('问题类别'),
  title: z.string().trim().min(4).max(100).describe('标题'),
  content: z.string().trim().min(10).max(20000).describe('反映内容'),
  demands: z.string().trim().max(2000).optional().describe('诉求'),
  password: z.string().max(64).optional().describe('查询密码'),
});
export const PortalReceipt = z.object({ queryCode: z.string(), queryPassword: z.string(), duplicate: z.boolean() });
export const PortalQueryBody = z.strictObject({ queryCode: z.string().min(1).max(40).describe('查询码'), queryPassword: z.string().min(1).max(64).describe('查询密码') });
export const PortalView = z.object({
  token: z.string(),
  receivedOn: z.string(),
  title: z.string(),
  status: z.string(),
  steps: z.array(z.object({ label: z.string(), date: z.string() })),
  notices: z.array(z.object({ id: z.string(), title: z.string(), noticeNo: z.string(), issuedOn: z.string() })),
  messages: z.array(z.object({ sender: z.string(), authorName: z.string(), body: z.string(), createdAt: z.string() })),
  evaluation: z.string().nullable(),
  canEvaluate: z.boolean(),
  canRequestReview: z.boolean(),
  reviewDueOn: z.string().nullable(),
});
export const PortalEvaluationBody = z.strictObject({ evaluation: z.enum(EVALUATIONS).describe('评价'), comment: z.string().trim().max(500).optional().describe('意见') });
export const PortalTextBody = z.strictObject({ body: z.string().trim().min(2).max(5000).describe('内容') });
export const PortalReviewBody = z.strictObject({ reason: z.string().trim().min(4).max(2000).describe('复查理由') });
