import { presentUser, updateUser } from '../../../services/users.js';
import { IdParams, UpdateUserBody, User } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.put(
    `${API_PREFIX}/users/:id`,
    {
      schema: { tags: ['用户'], summary: '修改用户（姓名、单位、角色等）', params: IdParams, body: UpdateUserBody, response: { 200: User } },
      config: { permission: 'user.manage' },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return presentUser(await updateUser(request.ctx(), request.params.id, version, fields), app.now());
    },
  );
