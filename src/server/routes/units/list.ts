import { z } from 'zod';
import { listUnits } from '../../../services/units.js';
import { Unit } from '../../../shared/schemas/index.js';
import { presentUnit } from '../../presenters.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/units`,
    {
      schema: { tags: ['单位'], summary: '本单位及下级单位（整棵子树）', response: { 200: z.object({ items: z.array(Unit) }) } },
      config: { permission: 'unit.read', token: true },
    },
    async (request) => ({ items: (await listUnits(request.ctx())).map(presentUnit) }),
  );
