import { changeRiskStatus } from '../../../services/risks/risks.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { RiskStatusBody, RiskView } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentRisk } from './present.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/risks/:id/status`,
    { schema: { tags: ['隐患排查'], summary: '改为调处中，或已化解（须写明如何化解）', params: IdParams, body: RiskStatusBody, response: { 200: RiskView } }, config: { permission: 'risk.manage' } },
    async (request) => presentRisk(await changeRiskStatus(request.ctx(), request.params.id, request.body)),
  );
