import { z } from 'zod';
import { addSlot, listSlots, publicInfo, removeSlot } from '../../../services/portal/reception.js';
import { Id, IdParams, Ok } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const Slot = z.object({ unitName: z.string(), day: z.string(), timeRange: z.string(), leaderName: z.string(), leaderTitle: z.string().nullable(), place: z.string(), topics: z.string().nullable() });

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/portal/info`,
    {
      schema: { tags: ['网上信访'], summary: '领导接访安排（今后四周）和信访部门联系方式', response: { 200: z.object({ reception: z.array(Slot), contacts: z.array(z.object({ name: z.string(), phone: z.string(), address: z.string().nullable() })) }) } },
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async () => publicInfo(app.database, app.now()),
  );
  app.get(
    `${API_PREFIX}/reception-slots`,
    {
      schema: {
        tags: ['领导接访'],
        summary: '接访安排（本单位及下级单位）',
        querystring: z.strictObject({ from: z.iso.date().describe('开始日期'), to: z.iso.date().describe('结束日期') }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), unitId: z.string(), day: z.string(), timeRange: z.string(), leaderUserId: z.string().nullable(), leaderName: z.string(), leaderTitle: z.string().nullable(), place: z.string(), topics: z.string().nullable() })) }) },
      },
      config: { permission: 'unit.read' },
    },
    async (request) => ({ items: await listSlots(request.ctx(), request.query.from, request.query.to) }),
  );
  app.post(
    `${API_PREFIX}/reception-slots`,
    {
      schema: {
        tags: ['领导接访'],
        summary: '新增接访安排（在网上公布；同一领导或同一地点同一时段不能重复安排）',
        body: z.strictObject({
          unitId: Id.describe('单位'),
          day: z.iso.date().describe('日期'),
          timeRange: z.string().trim().min(2).max(30).describe('时间'),
          leaderUserId: Id.describe('接访领导（本单位或上级单位的领导账号；姓名和职务取自账号）'),
          place: z.string().trim().min(2).max(100).describe('地点'),
          topics: z.string().trim().max(200).optional().describe('接访重点'),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
      config: { permission: 'reception.manage' },
    },
    async (request, reply) => {
      const row = await addSlot(request.ctx(), request.body);
      reply.status(201);
      return { id: row.id };
    },
  );
  app.delete(
    `${API_PREFIX}/reception-slots/:id`,
    { schema: { tags: ['领导接访'], summary: '删除接访安排', params: IdParams, response: { 200: Ok } }, config: { permission: 'reception.manage' } },
    async (request) => {
      await removeSlot(request.ctx(), request.params.id);
      return { ok: true as const };
    },
  );
};
