import { getReport } from '../../../services/risks/reports.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { RiskReportView } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentRisk } from './present.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/risk-reports/:id`,
    { schema: { tags: ['隐患排查'], summary: '一份排查表及其隐患明细', params: IdParams, response: { 200: RiskReportView } }, config: { permission: 'risk.read' } },
    async (request) => {
      const { report: r, unitName, label, state, items } = await getReport(request.ctx(), request.params.id);
      return { id: r.id, unitId: r.unitId, unitName, label, periodStart: r.periodStart, periodEnd: r.periodEnd, dueOn: r.dueOn, filedOn: r.filedOn, filedByName: r.filedByName, nil: r.isNil, note: r.note, state, items: items.map(presentRisk) };
    },
  );
