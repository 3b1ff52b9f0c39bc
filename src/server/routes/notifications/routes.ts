import { z } from 'zod';
import { markRead, myNotifications } from '../../../services/notifications/notifications.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const Notification = z.object({ id: z.string(), caseId: z.string().nullable(), kind: z.string(), title: z.string(), body: z.string().nullable(), createdAt: z.string(), read: z.boolean() });

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/notifications`,
    {
      schema: {
        tags: ['提醒'],
        summary: '我的提醒（铃铛）：未读数与最近的提醒（临期、超期、超期上报、每日汇总）',
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(30).describe('每页条数') }),
        response: { 200: z.object({ unread: z.number(), items: z.array(Notification) }) },
      },
      config: { permission: 'unit.read' },
    },
    async (request) => myNotifications(request.ctx(), request.query.limit),
  );
  app.post(
    `${API_PREFIX}/notifications/:id/read`,
    { schema: { tags: ['提醒'], summary: '标为已读', params: IdParams, response: { 200: z.object({ marked: z.number() }) } }, config: { permission: 'unit.read' } },
    async (request) => ({ marked: await markRead(request.ctx(), request.params.id) }),
  );
  app.post(
    `${API_PREFIX}/notifications/read-all`,
    { schema: { tags: ['提醒'], summary: '全部标为已读', response: { 200: z.object({ marked: z.number() }) } }, config: { permission: 'unit.read' } },
    async (request) => ({ marked: await markRead(request.ctx(), 'all') }),
  );
};
