import { z } from 'zod';
import { AppError } from '../../../domain/errors.js';
import { caseOfToken, checkAccess } from '../../../services/portal/access.js';
import { issueChallenge, redeemChallenge } from '../../../services/portal/challenge.js';
import { reporterEvaluate, reporterMessage, reporterNotice, reporterRequestReview, reporterView } from '../../../services/portal/follow.js';
import { submitReport } from '../../../services/portal/report.js';
import { Challenge, Ok, PortalEvaluationBody, PortalQueryBody, PortalReceipt, PortalReportBody, PortalReviewBody, PortalTextBody, PortalView } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const P = `${API_PREFIX}/portal`;
const TOKEN = 'x-portal-token';
const tokenOf = (headers: Record<string, unknown>) => {
  const t = headers[TOKEN];
  if (typeof t !== 'string') throw new AppError('unauthenticated', '请先输入查询码和查询密码');
  return t;
};

/** The public side: no account; abuse is held off by proof of work and rate limits per address and overall. */
export default (app: ZodApp) => {
  const perAddress = (max: number, timeWindow: string) => ({ max, timeWindow });
  app.get(`${P}/challenge`, { schema: { tags: ['网上信访'], summary: '取得安全验证题（工作量证明，浏览器自动完成）', response: { 200: Challenge } }, config: { public: true, rateLimit: perAddress(60, '1 minute') } }, async () =>
    issueChallenge(app.now()),
  );
  app.post(
    `${P}/reports`,
    {
      schema: { tags: ['网上信访'], summary: '网上信访/举报：返回查询码和查询密码（只显示一次，无法找回）', body: PortalReportBody, response: { 201: PortalReceipt, 200: PortalReceipt } },
      config: { public: true, rateLimit: perAddress(10, '1 hour') },
    },
    async (request, reply) => {
      if (app.portalSubmissions.count(app.now()) >= app.config.portalHourlyLimit) throw new AppError('tooMany', '当前提交人数较多，请稍后再试');
      const { proof, ...report } = request.body;
      await redeemChallenge(app.database, proof, app.now());
      const receipt = await submitReport(app.database, report, app.now(), request.ip);
      if (!receipt.duplicate) app.portalSubmissions.add(app.now());
      reply.status(receipt.duplicate ? 200 : 201);
      return receipt;
    },
  );
  app.post(
    `${P}/query`,
    { schema: { tags: ['网上信访'], summary: '凭查询码和查询密码查询办理进度', body: PortalQueryBody, response: { 200: PortalView } }, config: { public: true, rateLimit: perAddress(20, '10 minutes') } },
    async (request) => {
      const caseId = await checkAccess(app.database, request.body.queryCode, request.body.queryPassword, app.now());
      return reporterView(app.database, caseId, app.now(), request.ip);
    },
  );
  app.get(
    `${P}/case`,
    { schema: { tags: ['网上信访'], summary: '刷新进度（凭查询后取得的令牌）', response: { 200: PortalView } }, config: { public: true, rateLimit: perAddress(60, '1 minute') } },
    async (request) => reporterView(app.database, caseOfToken(tokenOf(request.headers), app.now()), app.now(), request.ip),
  );
  app.get(
    `${P}/notices/:id`,
    {
      schema: { tags: ['网上信访'], summary: '查看告知书、答复意见书', params: z.strictObject({ id: z.uuid() }), querystring: z.strictObject({ token: z.string().max(300) }) },
      config: { public: true, rateLimit: perAddress(60, '1 minute') },
    },
    async (request, reply) => {
      const html = await reporterNotice(app.database, caseOfToken(request.query.token, app.now()), request.params.id, app.now());
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
  app.post(
    `${P}/messages`,
    { schema: { tags: ['网上信访'], summary: '回复工作人员、补充说明', body: PortalTextBody, response: { 200: Ok } }, config: { public: true, rateLimit: perAddress(20, '10 minutes') } },
    async (request) => {
      await reporterMessage(app.database, caseOfToken(tokenOf(request.headers), app.now()), request.body.body, app.now(), request.ip);
      return { ok: true as const };
    },
  );
  app.post(
    `${P}/evaluation`,
    { schema: { tags: ['网上信访'], summary: '对办理结果评价：满意、基本满意、不满意', body: PortalEvaluationBody, response: { 200: Ok } }, config: { public: true, rateLimit: perAddress(20, '10 minutes') } },
    async (request) => {
      await reporterEvaluate(app.database, caseOfToken(tokenOf(request.headers), app.now()), request.body.evaluation, request.body.comment, app.now(), request.ip);
      return { ok: true as const };
    },
  );
  app.post(
    `${P}/review`,
    { schema: { tags: ['网上信访'], summary: '在规定期限内申请复查', body: PortalReviewBody, response: { 200: Ok } }, config: { public: true, rateLimit: perAddress(10, '1 hour') } },
    async (request) => {
      await reporterRequestReview(app.database, caseOfToken(tokenOf(request.headers), app.now()), request.body.reason, app.now(), request.ip);
      return { ok: true as const };
    },
  );
};
