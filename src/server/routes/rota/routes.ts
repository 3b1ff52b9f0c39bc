import { z } from 'zod';
import { receptionLeaders, receptionOf, rotaView, swapSlot } from '../../../services/rota/rota.js';
import { Id, IdParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const RotaSlot = z.object({
  id: z.string(),
  unitId: z.string(),
  day: z.string(),
  timeRange: z.string(),
  leaderUserId: z.string().nullable(),
  leaderName: z.string(),
  leaderTitle: z.string().nullable(),
  place: z.string(),
  topics: z.string().nullable(),
  swaps: z.array(z.object({ fromLeader: z.string(), toLeader: z.string(), reason: z.string(), byName: z.string(), at: z.string() })),
  visits: z.array(z.object({ caseId: z.string(), caseNo: z.string(), title: z.string(), leaderName: z.string() })),
});

/** 领导接访 rota: the calendar with swaps and the visits each slot received; 换班; who received a visit. */
export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/reception-rota`,
    {
      schema: { tags: ['领导接访'], summary: '接访日历：每天哪位领导在何处接访，换班记录，当班接待的来访件', querystring: z.strictObject({ from: z.iso.date().describe('开始日期'), to: z.iso.date().describe('结束日期') }), response: { 200: z.object({ items: z.array(RotaSlot) }) } },
      config: { permission: 'case.read' },
    },
    async (request) => ({ items: await rotaView(request.ctx(), request.query.from, request.query.to) }),
  );
  app.get(
    `${API_PREFIX}/reception-leaders`,
    {
      schema: {
        tags: ['领导接访'],
        summary: '可以为该单位接访的领导（本单位及管辖范围内上级单位的在职领导）',
        querystring: z.strictObject({ unitId: Id.describe('单位') }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), title: z.string().nullable(), unitName: z.string() })) }) },
      },
      config: { permission: 'reception.manage' },
    },
    async (request) => ({ items: await receptionLeaders(request.ctx(), request.query.unitId) }),
  );
  app.post(
    `${API_PREFIX}/reception-slots/:id/swap`,
    {
      schema: {
        tags: ['领导接访'],
        summary: '换班：由另一位领导接替接访（记录原因，网上公布的安排随之更新）',
        params: IdParams,
        body: z.strictObject({ leaderUserId: Id.describe('接替的领导（本单位或上级单位的领导账号）'), reason: z.string().trim().min(2).max(200).describe('换班原因') }),
        response: { 201: z.object({ id: z.string(), fromLeader: z.string(), toLeader: z.string() }) },
      },
      config: { permission: 'reception.manage' },
    },
    async (request, reply) => {
      const s = await swapSlot(request.ctx(), request.params.id, request.body);
      reply.status(201);
      return { id: s.id, fromLeader: s.fromLeader, toLeader: s.toLeader };
    },
  );
  app.get(
    `${API_PREFIX}/cases/:id/reception`,
    {
      schema: { tags: ['领导接访'], summary: '来访件的接访领导（在接访日登记的来访）', params: IdParams, response: { 200: z.object({ reception: z.object({ leaderName: z.string(), leaderTitle: z.string().nullable(), day: z.string(), slotId: z.string() }).nullable() }) } },
      config: { permission: 'case.read' },
    },
    async (request) => ({ reception: await receptionOf(request.ctx(), request.params.id) }),
  );
};
