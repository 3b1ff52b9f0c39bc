import { indicatorTable } from '../../../services/statistics/indicators.js';
import { IndicatorQuery, IndicatorTable } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/statistics/indicators`,
    {
      schema: {
        tags: ['统计分析'],
        summary: '工作指标：及时受理率、按期办结率、参评率、满意率、重复信访率、化解率、越级访和集体访件数，本单位及各直属下级单位，附指标定义',
        querystring: IndicatorQuery,
        response: { 200: IndicatorTable },
      },
      config: { permission: 'statistics.read' },
    },
    async (request) => indicatorTable(request.ctx(), request.query),
  );
