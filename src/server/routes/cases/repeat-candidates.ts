import { z } from 'zod';
import { repeatCandidatesOf } from '../../../services/register/cases.js';
import { IdParams, RepeatCandidate } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases/:id/repeat-candidates`,
    {
      schema: { tags: ['信访件'], summary: '重信重访候选（同一信访人、同一被反映人、内容相似，附理由与得分）', params: IdParams, response: { 200: z.object({ items: z.array(RepeatCandidate) }) } },
      config: { permission: 'case.read' },
    },
    async (request) => ({ items: await repeatCandidatesOf(request.ctx(), request.params.id) }),
  );
