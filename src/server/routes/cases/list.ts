import { z } from 'zod';
import { listCases } from '../../../services/register/cases.js';
import { CaseListQuery, CaseSummary } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases`,
    {
      schema: {
        tags: ['信访件'],
        summary: '信访件列表：按状态、队列、单位、形式、类别、属地、职级、日期、标记筛选，服务端排序分页，中文全文检索（信访人姓名脱敏）',
        querystring: CaseListQuery,
        response: { 200: z.object({ items: z.array(CaseSummary), total: z.number(), totalCapped: z.boolean().describe('符合条件的超过 total 件（只精确计数到 10000）'), totalEstimated: z.boolean().describe('total 是估计数：符合条件的较多时不逐件计数') }) },
      },
      config: { permission: 'case.read' },
    },
    async (request) => {
      const { limit, offset, ...query } = request.query;
      return listCases(request.ctx(), query, limit, offset);
    },
  );
