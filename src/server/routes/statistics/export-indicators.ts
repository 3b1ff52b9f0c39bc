import { exportIndicators } from '../../../services/statistics/statistics-xlsx.js';
import { IndicatorQuery } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { sendXlsx } from './send-xlsx.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/statistics/indicators.xlsx`,
    {
      schema: { tags: ['统计分析'], summary: '导出工作指标统计表为 Excel（各单位各项指标，附指标定义）', querystring: IndicatorQuery },
      config: { permission: 'statistics.read' },
    },
    async (request, reply) => sendXlsx(reply, await exportIndicators(request.ctx(), request.query)),
  );
