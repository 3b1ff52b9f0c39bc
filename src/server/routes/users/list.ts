import { z } from 'zod';
import { listUsers, presentUser } from '../../../services/users.js';
import { User, UserQuery } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/users`,
    {
      schema: { tags: ['用户'], summary: '用户列表（本单位及下级单位）', querystring: UserQuery, response: { 200: z.object({ items: z.array(User), total: z.number() }) } },
      config: { permission: 'user.read' },
    },
    async (request) => {
      const { limit, offset, active, ...rest } = request.query;
      const [rows, total] = await listUsers(
        request.ctx(),
        { ...rest, active: active === undefined ? undefined : active === 'true' },
        limit,
        offset,
      );
      return { items: rows.map((r) => ({ ...presentUser(r.user, app.now()), unitName: r.unitName })), total };
    },
  );
