import { z } from 'zod';
import { unitHistory } from '../../../services/units.js';
import { AuditEntry, IdParams } from '../../../shared/schemas/index.js';
import { presentAudit } from '../audit/present.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/units/:id/history`,
    {
      schema: { tags: ['单位'], summary: '单位变更历史', params: IdParams, response: { 200: z.object({ items: z.array(AuditEntry) }) } },
      config: { permission: 'unit.manage' },
    },
    async (request) => ({ items: (await unitHistory(request.ctx(), request.params.id)).map(presentAudit) }),
  );
