import { z } from 'zod';
import { fileReport } from '../../../services/risks/reports.js';
import { FileRiskReportBody } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/risk-reports`,
    {
      schema: {
        tags: ['隐患排查'],
        summary: '上报《基层单位信访隐患排查调处情况明细表》（本单位、每期一份；无隐患时报“本期无隐患”）',
        body: FileRiskReportBody,
        response: { 201: z.object({ id: z.string(), label: z.string(), state: z.string(), risks: z.array(z.string()) }) },
      },
      config: { permission: 'risk.report' },
    },
    async (request, reply) => {
      const r = await fileReport(request.ctx(), request.body);
      reply.status(201);
      return { id: r.report.id, label: r.label, state: r.state, risks: r.items.map((i) => i.id) };
    },
  );
