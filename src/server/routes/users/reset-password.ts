import { presentUser, resetPassword } from '../../../services/users.js';
import { IdParams, UserWithPassword } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/users/:id/reset-password`,
    {
      schema: { tags: ['用户'], summary: '重置密码：生成临时密码（仅显示一次），下次登录须修改', params: IdParams, response: { 200: UserWithPassword } },
      config: { permission: 'user.manage' },
    },
    async (request) => {
      const { user, temporaryPassword } = await resetPassword(request.ctx(), request.params.id);
      return { user: presentUser(user, app.now()), temporaryPassword };
    },
  );
