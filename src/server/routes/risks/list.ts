import { z } from 'zod';
import { listRisks } from '../../../services/risks/risks.js';
import { RiskListQuery, RiskView } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentRisk } from './present.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/risks`,
    { schema: { tags: ['隐患排查'], summary: '隐患台账（本单位及下级单位；含重大隐患缺报进展的天数）', querystring: RiskListQuery, response: { 200: z.object({ items: z.array(RiskView) }) } }, config: { permission: 'risk.read' } },
    async (request) => ({ items: (await listRisks(request.ctx(), request.query)).map(presentRisk) }),
  );
