import { createUnit } from '../../../services/units.js';
import { CreateUnitBody, Unit } from '../../../shared/schemas/index.js';
import { presentUnit } from '../../presenters.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/units`,
    { schema: { tags: ['单位'], summary: '新建下级单位', body: CreateUnitBody, response: { 201: Unit } }, config: { permission: 'unit.manage' } },
    async (request, reply) => {
      const { parentId, ...fields } = request.body;
      reply.status(201);
      return presentUnit(await createUnit(request.ctx(), parentId, fields));
    },
  );
