import { z } from 'zod';
import { listOwnerships } from '../../../services/ownership/ownership.js';
import { OwnershipListQuery, OwnershipView } from '../../../shared/schemas/ownership.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentOwnership } from './present.js';

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/ownerships`,
    { schema: { tags: ['领导包案'], summary: '包案事项（本单位及下级单位），含期限灯', querystring: OwnershipListQuery, response: { 200: z.object({ items: z.array(OwnershipView) }) } }, config: { permission: 'ownership.read' } },
    async (request) => ({ items: (await listOwnerships(request.ctx(), request.query)).map(presentOwnership) }),
  );
  app.get(
    `${API_PREFIX}/ownerships/mine`,
    { schema: { tags: ['领导包案'], summary: '我包的事项（按目标日期，含期限灯）', response: { 200: z.object({ items: z.array(OwnershipView) }) } }, config: { permission: 'ownership.read' } },
    async (request) => ({ items: (await listOwnerships(request.ctx(), { mine: true })).map(presentOwnership) }),
  );
};
