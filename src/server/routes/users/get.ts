import { getUser, presentUser } from '../../../services/users.js';
import { IdParams, User } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/users/:id`,
    { schema: { tags: ['用户'], summary: '用户详情', params: IdParams, response: { 200: User } }, config: { permission: 'user.read' } },
    async (request) => presentUser(await getUser(request.ctx(), request.params.id), app.now()),
  );
