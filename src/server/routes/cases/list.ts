import { z } from 'zod';
import { listCases } from '../../../services/register/cases.js';
import { CaseListQuery, CaseSummary } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases`,
    {
      schema: { tags: ['信访件'], summary: '信访件列表（本单位及下级单位；信访人姓名脱敏）', querystring: CaseListQuery, response: { 200: z.object({ items: z.array(CaseSummary), total: z.number() }) } },
      config: { permission: 'case.read' },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listCases(request.ctx(), filter, limit, offset);
    },
  );
