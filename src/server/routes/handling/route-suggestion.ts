import { z } from 'zod';
import { routeSuggestion } from '../../../services/handling/routing.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases/:id/route-suggestion`,
    {
      schema: {
        tags: ['办理'],
        summary: '建议承办单位（按干部管理权限、问题属地和归口），附理由；与建议不同的交办、转办、上报须说明理由',
        params: IdParams,
        response: {
          200: z.object({
            unitId: z.string().nullable(),
            unitName: z.string().nullable(),
            level: z.string().nullable(),
            pipeline: z.string(),
            direction: z.enum(['here', 'down', 'up']).nullable(),
            reasons: z.array(z.string()),
            parentUnit: z.object({ id: z.string(), name: z.string() }).nullable().describe('上一级单位（上报的默认去向）'),
          }),
        },
      },
      config: { permission: 'case.read' },
    },
    async (request) => {
      const s = await routeSuggestion(request.ctx(), request.params.id);
      return { unitId: s.unitId, unitName: s.unitName, level: s.level, pipeline: s.pipeline, direction: s.direction, reasons: s.reasons, parentUnit: s.parentUnit };
    },
  );
