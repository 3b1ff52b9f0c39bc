import { updateUnit } from '../../../services/units.js';
import { IdParams, Unit, UpdateUnitBody } from '../../../shared/schemas/index.js';
import { presentUnit } from '../../presenters.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.put(
    `${API_PREFIX}/units/:id`,
    {
      schema: { tags: ['单位'], summary: '修改单位信息（带版本号，防止覆盖他人修改）', params: IdParams, body: UpdateUnitBody, response: { 200: Unit } },
      config: { permission: 'unit.manage' },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return presentUnit(await updateUnit(request.ctx(), request.params.id, version, fields));
    },
  );
