import { getRisk } from '../../../services/risks/risks.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { RiskDetailView } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentProgress, presentRisk } from './present.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/risks/:id`,
    { schema: { tags: ['隐患排查'], summary: '一条隐患：明细、每日进展、缺报进展的日期、转成的信访件', params: IdParams, response: { 200: RiskDetailView } }, config: { permission: 'risk.read' } },
    async (request) => {
      const d = await getRisk(request.ctx(), request.params.id);
      return { ...d, risk: presentRisk(d.risk), progress: d.progress.map(presentProgress) };
    },
  );
