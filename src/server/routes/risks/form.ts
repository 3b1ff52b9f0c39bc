import { currentForm } from '../../../services/risks/reports.js';
import { RiskFormView } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentRisk } from './present.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/risk-reports/current`,
    { schema: { tags: ['隐患排查'], summary: '本单位本期的排查表：周期、截止日期、是否已报、尚未化解的隐患', response: { 200: RiskFormView } }, config: { permission: 'risk.report' } },
    async (request) => {
      const f = await currentForm(request.ctx());
      return { ...f, openRisks: f.openRisks.map(presentRisk) };
    },
  );
