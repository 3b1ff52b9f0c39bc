import { exportCrossTab } from '../../../services/statistics/statistics-xlsx.js';
import { CrossTabQuery } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { sendXlsx } from './send-xlsx.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/statistics/cross-tab.xlsx`,
    {
      schema: { tags: ['统计分析'], summary: '导出交叉统计表为 Excel（标题行，统计单位与统计期间，中文表头；条件与交叉统计相同）', querystring: CrossTabQuery },
      config: { permission: 'statistics.read' },
    },
    async (request, reply) => sendXlsx(reply, await exportCrossTab(request.ctx(), request.query)),
  );
