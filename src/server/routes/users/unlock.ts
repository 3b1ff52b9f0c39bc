import { presentUser, unlockUser } from '../../../services/users.js';
import { IdParams, User } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/users/:id/unlock`,
    { schema: { tags: ['用户'], summary: '解除登录锁定', params: IdParams, response: { 200: User } }, config: { permission: 'user.manage' } },
    async (request) => presentUser(await unlockUser(request.ctx(), request.params.id), app.now()),
  );
