import { z } from 'zod';
import { lightSummary } from '../../../services/deadlines/light-summary.js';
import { Id } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const Counts = z.object({ red: z.number(), yellow: z.number(), green: z.number() });

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/deadlines/lights`,
    {
      schema: {
        tags: ['办理'],
        summary: '红黄绿灯统计：本单位（或所选单位）及其各直属下级单位的已超期、即将超期、正常件数',
        querystring: z.strictObject({ unitId: Id.optional().describe('单位') }),
        response: { 200: z.object({ unitId: Id, unitName: z.string(), total: Counts, items: z.array(Counts.extend({ unitId: z.string(), unitName: z.string() })) }) },
      },
      config: { permission: 'case.read' },
    },
    async (request) => lightSummary(request.ctx(), request.query.unitId),
  );
