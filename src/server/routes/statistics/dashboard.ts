import { dashboard } from '../../../services/statistics/dashboard.js';
import { Dashboard, StatsQuery } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/statistics/dashboard`,
    {
      schema: {
        tags: ['统计分析'],
        summary: '领导驾驶舱：红黄绿灯、近 12 个月来信来访趋势、主要问题类别、按问题属地分布（地图）、本期热词、指标',
        querystring: StatsQuery,
        response: { 200: Dashboard },
      },
      config: { permission: 'statistics.read' },
    },
    async (request) => dashboard(request.ctx(), request.query),
  );
