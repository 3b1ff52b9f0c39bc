import { z } from 'zod';
import { undoRepeat } from '../../../services/register/cases.js';
import { CaseDetail, IdParams, Reason } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/cases/:id/repeat/undo`,
    {
      schema: { tags: ['信访件'], summary: '撤销重复件认定（保留记录）', params: IdParams, body: z.strictObject({ reason: Reason }), response: { 200: CaseDetail } },
      config: { permission: 'case.repeat' },
    },
    async (request) => undoRepeat(request.ctx(), request.params.id, request.body.reason),
  );
