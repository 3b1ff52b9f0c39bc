import { z } from 'zod';
import { decideRepeat } from '../../../services/register/cases.js';
import { CaseDetail, Id, IdParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const Body = z.union([
  z.strictObject({ repeatOf: Id.describe('被重复的信访件'), reason: z.string().trim().max(500).optional().describe('理由') }),
  z.strictObject({ isNew: z.literal(true).describe('确认不是重复件'), reason: z.string().trim().max(500).optional().describe('理由') }),
]);

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/cases/:id/repeat`,
    {
      schema: { tags: ['信访件'], summary: '认定为重复件（关联到更早的信访件）或确认为新件', params: IdParams, body: Body, response: { 200: CaseDetail } },
      config: { permission: 'case.repeat' },
    },
    async (request) => {
      const { reason, ...decision } = request.body;
      return decideRepeat(request.ctx(), request.params.id, 'repeatOf' in decision ? { repeatOf: decision.repeatOf } : { isNew: true }, reason);
    },
  );
