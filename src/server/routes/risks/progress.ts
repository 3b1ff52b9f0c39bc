import { addProgress } from '../../../services/risks/risks.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { RiskProgressBody, RiskProgressView } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentProgress } from './present.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/risks/:id/progress`,
    { schema: { tags: ['隐患排查'], summary: '填写进展（重大隐患须每天填写，缺报一天即提醒包案领导）', params: IdParams, body: RiskProgressBody, response: { 201: RiskProgressView } }, config: { permission: 'risk.manage' } },
    async (request, reply) => {
      const row = await addProgress(request.ctx(), request.params.id, request.body);
      reply.status(201);
      return presentProgress(row);
    },
  );
