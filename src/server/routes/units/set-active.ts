import { setUnitActive } from '../../../services/units.js';
import { IdParams, SetActiveBody, Unit } from '../../../shared/schemas/index.js';
import { presentUnit } from '../../presenters.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/units/:id/active`,
    {
      schema: { tags: ['单位'], summary: '停用或启用单位（停用后其记录保留）', params: IdParams, body: SetActiveBody, response: { 200: Unit } },
      config: { permission: 'unit.manage' },
    },
    async (request) => {
      const { active, version, reason } = request.body;
      return presentUnit(await setUnitActive(request.ctx(), request.params.id, version, active, reason));
    },
  );
