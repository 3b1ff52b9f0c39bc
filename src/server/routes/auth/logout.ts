import { Ok } from '../../../shared/schemas/index.js';
import { logout } from '../../../services/auth.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/auth/logout`,
    { schema: { tags: ['账号'], summary: '退出登录', response: { 200: Ok } }, config: { beforePasswordChange: true } },
    async (request, reply) => {
      if (request.session) await logout(request.ctx(), request.session.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
