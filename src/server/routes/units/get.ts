import { getUnit } from '../../../services/units.js';
import { IdParams, Unit } from '../../../shared/schemas/index.js';
import { presentUnit } from '../../presenters.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/units/:id`,
    { schema: { tags: ['单位'], summary: '单位详情', params: IdParams, response: { 200: Unit } }, config: { permission: 'unit.read', token: true } },
    async (request) => presentUnit(await getUnit(request.ctx(), request.params.id)),
  );
