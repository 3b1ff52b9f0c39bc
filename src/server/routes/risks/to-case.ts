import { convertRiskToCase } from '../../../services/risks/risks.js';
import { IdParams, RegisterResult } from '../../../shared/schemas/index.js';
import { RiskToCaseBody } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/risks/:id/case`,
    {
      schema: { tags: ['隐患排查'], summary: '隐患转为信访件：按登记规则登记，隐患标为“已转为信访件”并关联该件', params: IdParams, body: RiskToCaseBody, response: { 201: RegisterResult } },
      config: { permission: 'case.register' },
    },
    async (request, reply) => {
      const result = await convertRiskToCase(request.ctx(), request.params.id, request.body.registration, request.body.version);
      reply.status(201);
      return result;
    },
  );
