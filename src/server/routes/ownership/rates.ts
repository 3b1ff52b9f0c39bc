import { ownerCandidates, resolutionRates } from '../../../services/ownership/ownership.js';
import { OwnerCandidatesView, ResolutionRatesView } from '../../../shared/schemas/ownership.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/ownerships/rates`,
    { schema: { tags: ['领导包案'], summary: '化解率（按包案领导）= 已化解 ÷ 包案的信访件、隐患和重点人员', response: { 200: ResolutionRatesView } }, config: { permission: 'ownership.read' } },
    async (request) => ({ items: await resolutionRates(request.ctx()) }),
  );
  app.get(
    `${API_PREFIX}/ownerships/leaders`,
    { schema: { tags: ['领导包案'], summary: '可以包案的领导（本单位及下级单位）', response: { 200: OwnerCandidatesView } }, config: { permission: 'ownership.manage' } },
    async (request) => ({ items: await ownerCandidates(request.ctx()) }),
  );
};
