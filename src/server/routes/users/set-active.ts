import { presentUser, setUserActive } from '../../../services/users.js';
import { IdParams, SetUserActiveBody, User } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/users/:id/active`,
    {
      schema: { tags: ['用户'], summary: '停用或启用用户（停用即注销其全部会话）', params: IdParams, body: SetUserActiveBody, response: { 200: User } },
      config: { permission: 'user.manage' },
    },
    async (request) =>
      presentUser(await setUserActive(request.ctx(), request.params.id, request.body.version, request.body.active), app.now()),
  );
