import { AppError } from '../../../domain/errors.js';
import { permissionsOf } from '../../../domain/policies/index.js';
import { presentUser, whoAmI } from '../../../services/users.js';
import { Me } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/auth/me`,
    {
      schema: { tags: ['账号'], summary: '当前用户、单位、权限与防伪令牌', response: { 200: Me } },
      config: { beforePasswordChange: true },
    },
    async (request) => {
      const s = request.session;
      if (!s) throw new AppError('unauthenticated', '请先登录');
      const { user, unit } = await whoAmI(request.ctx());
      return {
        user: presentUser(user, app.now()),
        unit: { id: unit.id, name: unit.name, level: unit.level, path: unit.path },
        permissions: permissionsOf(user.roles),
        csrfToken: s.csrfToken,
        demo: app.config.demo,
      };
    },
  );
