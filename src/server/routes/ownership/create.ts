import { createOwnership } from '../../../services/ownership/ownership.js';
import { CreateOwnershipBody, OwnershipView } from '../../../shared/schemas/ownership.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentOwnership } from './present.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/ownerships`,
    { schema: { tags: ['领导包案'], summary: '领导包案：包信访件、隐患、重点人员、村居或企业（定专人、定责任、定措施、定目标，目标日期）', body: CreateOwnershipBody, response: { 201: OwnershipView } }, config: { permission: 'ownership.manage' } },
    async (request, reply) => {
      const row = await createOwnership(request.ctx(), request.body);
      reply.status(201);
      return presentOwnership({ ...row, light: null });
    },
  );
