import { z } from 'zod';
import { messageReporter, portalMessagesOf } from '../../../services/portal/office.js';
import { IdParams, Ok, PortalTextBody } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/cases/:id/portal-messages`,
    {
      schema: { tags: ['网上信访'], summary: '与网上信访人的往来留言', params: IdParams, response: { 200: z.object({ items: z.array(z.object({ id: z.string(), sender: z.string(), authorName: z.string(), body: z.string(), createdAt: z.string() })) }) } },
      config: { permission: 'case.read' },
    },
    async (request) => ({ items: await portalMessagesOf(request.ctx(), request.params.id) }),
  );
  app.post(
    `${API_PREFIX}/cases/:id/portal-messages`,
    { schema: { tags: ['网上信访'], summary: '向网上信访人提问或说明（信访人下次查询时看到）', params: IdParams, body: PortalTextBody, response: { 200: Ok } }, config: { permission: 'portal.message' } },
    async (request) => {
      await messageReporter(request.ctx(), request.params.id, request.body.body);
      return { ok: true as const };
    },
  );
};
