import { moveUnit } from '../../../services/units.js';
import { IdParams, MoveUnitBody, Unit } from '../../../shared/schemas/index.js';
import { presentUnit } from '../../presenters.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/units/:id/move`,
    {
      schema: { tags: ['单位'], summary: '调整上级单位（连同其下级单位）', params: IdParams, body: MoveUnitBody, response: { 200: Unit } },
      config: { permission: 'unit.manage' },
    },
    async (request) => {
      const { parentId, version, reason } = request.body;
      return presentUnit(await moveUnit(request.ctx(), request.params.id, version, parentId, reason));
    },
  );
