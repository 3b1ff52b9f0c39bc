import { z } from 'zod';
import { addHouseholdGroup, listHouseholdGroups } from '../../../services/risks/groups.js';
import { Id } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const Group = z.object({ id: Id, unitId: Id, unitName: z.string(), name: z.string(), leaderName: z.string(), households: z.number(), members: z.string().nullable() });
const present = (g: z.infer<typeof Group> & Record<string, unknown>) => Group.parse(g);

/** 联户联保小组. */
export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/household-groups`,
    { schema: { tags: ['隐患排查'], summary: '联户联保小组（本单位及下级单位）', querystring: z.strictObject({ unitId: Id.optional().describe('村居或企业') }), response: { 200: z.object({ items: z.array(Group) }) } }, config: { permission: 'risk.read' } },
    async (request) => ({ items: (await listHouseholdGroups(request.ctx(), request.query.unitId)).map(present) }),
  );
  app.post(
    `${API_PREFIX}/household-groups`,
    {
      schema: {
        tags: ['隐患排查'],
        summary: '建立联户联保小组（约 10 户一组，设组长；默认建在本村居）',
        body: z.strictObject({
          unitId: Id.optional().describe('村居或企业（默认本单位）'),
          name: z.string().trim().min(2).max(40).describe('小组名称'),
          leaderName: z.string().trim().min(2).max(20).describe('组长'),
          households: z.number().int().min(1).max(50).describe('户数'),
          members: z.string().trim().max(500).optional().describe('成员户'),
        }),
        response: { 201: Group },
      },
      config: { permission: 'risk.manage' },
    },
    async (request, reply) => {
      const g = await addHouseholdGroup(request.ctx(), request.body);
      reply.status(201);
      return present(g);
    },
  );
};
