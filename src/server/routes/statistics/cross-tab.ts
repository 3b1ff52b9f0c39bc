import { crossTab } from '../../../services/statistics/cross-tab.js';
import { CrossTab, CrossTabQuery } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/statistics/cross-tab`,
    {
      schema: {
        tags: ['统计分析'],
        summary: '交叉统计：按一个或两个维度（问题类别、形式、来源、属地、承办单位、职级、状态、红黄绿灯、重复、集体访、越级访、月份）统计信访件数，可带同比环比；附整表及各行、各列的信访件列表筛选条件（drill、drillPart），合并即得每格的列表',
        querystring: CrossTabQuery,
        response: { 200: CrossTab },
      },
      config: { permission: 'statistics.read' },
    },
    async (request) => crossTab(request.ctx(), request.query),
  );
