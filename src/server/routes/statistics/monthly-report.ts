import { z } from 'zod';
import { PRINTOUT_CSP } from '../../../services/printouts/index.js';
import { monthlyReport } from '../../../services/statistics/monthly-report.js';
import { Id } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/statistics/monthly-report`,
    {
      schema: {
        tags: ['统计分析'],
        summary: '信访举报工作月报（可打印的网页）：总量及同比环比、按形式/类别/属地统计、工作指标、红黄绿灯',
        querystring: z.strictObject({ unitId: Id.optional().describe('单位'), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).describe('月份（YYYY-MM）') }),
      },
      config: { permission: 'statistics.read' },
    },
    async (request, reply) => {
      const html = await monthlyReport(request.ctx(), request.query);
      return reply.type('text/html; charset=utf-8').header('content-security-policy', PRINTOUT_CSP).send(html);
    },
  );
