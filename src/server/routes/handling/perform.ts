import { z } from 'zod';
import { CASE_ACTIONS } from '../../../domain/workflow/index.js';
import { performAction } from '../../../services/handling/perform-action.js';
import { Id, Version } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/cases/:id/actions/:action`,
    {
      schema: {
        tags: ['办理'],
        summary: '办理操作（拟办、批示、交办、转办、上报、受理、办结、审核、答复、评价、延期、复查……）；可执行的操作见案卷的 allowedActions',
        params: z.strictObject({ id: Id, action: z.enum(CASE_ACTIONS).describe('操作') }),
        body: z.strictObject({ version: Version, payload: z.record(z.string(), z.unknown()).default({}).describe('操作内容') }),
        response: { 200: z.object({ id: Id, state: z.string(), version: z.number() }) },
      },
      config: { permission: 'case.read' },
    },
    async (request) => {
      const c = await performAction(request.ctx(), request.params.id, request.params.action, request.body.payload, request.body.version);
      return { id: c.id, state: c.state, version: c.version };
    },
  );
