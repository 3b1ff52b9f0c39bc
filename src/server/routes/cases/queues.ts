import { queueCounts } from '../../../services/register/cases.js';
import { QueueCounts } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases/queues`,
    {
      schema: { tags: ['办理'], summary: '本单位的工作队列与件数（待拟办、待批示、待受理、办理中、待审核、待答复、督办件……）', response: { 200: QueueCounts } },
      config: { permission: 'case.read' },
    },
    async (request) => ({ items: await queueCounts(request.ctx()) }),
  );
