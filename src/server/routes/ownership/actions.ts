import { addOwnershipProgress, resolveOwnership } from '../../../services/ownership/ownership.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { OwnershipProgressBody, OwnershipView, ResolveOwnershipBody } from '../../../shared/schemas/ownership.js';
import { OwnershipDetailView } from '../../../shared/schemas/ownership.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentOwnership, presentOwnershipProgress } from './present.js';

export default (app: ZodApp) => {
  app.post(
    `${API_PREFIX}/ownerships/:id/progress`,
    { schema: { tags: ['领导包案'], summary: '填写包案进展', params: IdParams, body: OwnershipProgressBody, response: { 201: OwnershipDetailView.shape.progress.element } }, config: { permission: 'ownership.progress' } },
    async (request, reply) => {
      const row = await addOwnershipProgress(request.ctx(), request.params.id, request.body.note);
      reply.status(201);
      return presentOwnershipProgress(row);
    },
  );
  app.post(
    `${API_PREFIX}/ownerships/:id/resolve`,
    { schema: { tags: ['领导包案'], summary: '包案事项已化解（写明如何化解）', params: IdParams, body: ResolveOwnershipBody, response: { 200: OwnershipView } }, config: { permission: 'ownership.progress' } },
    async (request) => presentOwnership(await resolveOwnership(request.ctx(), request.params.id, request.body)),
  );
};
