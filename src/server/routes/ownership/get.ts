import { getOwnership } from '../../../services/ownership/ownership.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { OwnershipDetailView } from '../../../shared/schemas/ownership.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentOwnership, presentOwnershipProgress } from './present.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/ownerships/:id`,
    { schema: { tags: ['领导包案'], summary: '一项包案及其进展', params: IdParams, response: { 200: OwnershipDetailView } }, config: { permission: 'ownership.read' } },
    async (request) => {
      const d = await getOwnership(request.ctx(), request.params.id);
      return { ownership: presentOwnership(d.ownership), progress: d.progress.map(presentOwnershipProgress) };
    },
  );
