import { reportGrid } from '../../../services/risks/reports.js';
import { RiskGridQuery, RiskGridView } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/risk-reports/grid`,
    {
      schema: { tags: ['隐患排查'], summary: '上报情况一览：下属单位 × 最近各期（按时、逾期、未报、待报）', querystring: RiskGridQuery, response: { 200: RiskGridView } },
      config: { permission: 'risk.read' },
    },
    async (request) => reportGrid(request.ctx(), request.query),
  );
