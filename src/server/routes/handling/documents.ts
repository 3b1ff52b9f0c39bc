import { z } from 'zod';
import { instructMany, replySupervision, trailPrintout, viewNotice } from '../../../services/handling/documents.js';
import { PRINTOUT_CSP } from '../../../services/printouts/index.js';
import { Id, IdParams, Ok, Version } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/notices/:id`,
    { schema: { tags: ['办理'], summary: '告知书、交办函等文书（打印版）', params: IdParams }, config: { permission: 'case.read' } },
    async (request, reply) => reply.type('text/html; charset=utf-8').header('content-security-policy', PRINTOUT_CSP).send(await viewNotice(request.ctx(), request.params.id)),
  );
  app.get(
    `${API_PREFIX}/cases/:id/trail/print`,
    { schema: { tags: ['办理'], summary: '办理轨迹（打印版）', params: IdParams }, config: { permission: 'case.read' } },
    async (request, reply) => reply.type('text/html; charset=utf-8').header('content-security-policy', PRINTOUT_CSP).send(await trailPrintout(request.ctx(), request.params.id)),
  );
  app.post(
    `${API_PREFIX}/supervisions/:id/reply`,
    {
      schema: { tags: ['办理'], summary: '承办单位回复督办', params: IdParams, body: z.strictObject({ reply: z.string().trim().min(2).max(2000).describe('回复内容') }), response: { 200: Ok } },
      config: { permission: 'case.read' },
    },
    async (request) => {
      await replySupervision(request.ctx(), request.params.id, request.body.reply);
      return { ok: true as const };
    },
  );
  app.post(
    `${API_PREFIX}/cases/instruct`,
    {
      schema: {
        tags: ['办理'],
        summary: '批量批示：同一批示意见用于多件（逐件校验，分别返回结果）',
        body: z.strictObject({
          items: z.array(z.strictObject({ id: Id, version: Version })).min(1).max(100).describe('信访件'),
          instruction: z.string().trim().min(2).max(2000).describe('批示内容'),
          documentNo: z.string().trim().max(60).optional().describe('文号'),
        }),
        response: { 200: z.object({ results: z.array(z.object({ id: Id, ok: z.boolean(), message: z.string().optional() })) }) },
      },
      config: { permission: 'case.read' },
    },
    async (request) => ({ results: await instructMany(request.ctx(), request.body.items, request.body.instruction, request.body.documentNo) }),
  );
};
