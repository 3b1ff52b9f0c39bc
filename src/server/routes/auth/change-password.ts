import { AppError } from '../../../domain/errors.js';
import { changePassword } from '../../../services/auth.js';
import { ChangePasswordBody, Ok } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/auth/password`,
    {
      schema: { tags: ['账号'], summary: '修改本人密码（其他会话随之失效）', body: ChangePasswordBody, response: { 200: Ok } },
      config: { beforePasswordChange: true },
    },
    async (request) => {
      if (!request.session) throw new AppError('forbidden', '只能在登录会话中修改密码');
      await changePassword(request.ctx(), request.session.sessionId, request.body.currentPassword, request.body.newPassword);
      return { ok: true as const };
    },
  );
