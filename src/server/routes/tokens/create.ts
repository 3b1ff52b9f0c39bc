import { createToken } from '../../../services/tokens.js';
import type { Permission } from '../../../domain/policies/index.js';
import { CreatedToken, CreateTokenBody } from '../../../shared/schemas/index.js';
import { presentToken } from '../../presenters.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/tokens`,
    {
      schema: { tags: ['接口令牌'], summary: '新建接口令牌（令牌明文仅返回一次）', body: CreateTokenBody, response: { 201: CreatedToken } },
      config: { permission: 'token.manage' },
    },
    async (request, reply) => {
      const b = request.body;
      const { token, secret } = await createToken(request.ctx(), {
        name: b.name,
        unitId: b.unitId,
        permissions: b.permissions as Permission[],
        expiresAt: b.expiresAt ? new Date(b.expiresAt) : null,
      });
      reply.status(201);
      return { token: presentToken(token, ''), secret };
    },
  );
