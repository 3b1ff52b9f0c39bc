import { createUser, presentUser } from '../../../services/users.js';
import { CreateUserBody, UserWithPassword } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/users`,
    {
      schema: {
        tags: ['用户'],
        summary: '新建用户（未给密码时生成临时密码，仅返回一次；首次登录须修改）',
        body: CreateUserBody,
        response: { 201: UserWithPassword },
      },
      config: { permission: 'user.manage' },
    },
    async (request, reply) => {
      const { user, temporaryPassword } = await createUser(request.ctx(), request.body);
      reply.status(201);
      return { user: presentUser(user, app.now()), temporaryPassword };
    },
  );
