import { revokeToken } from '../../../services/tokens.js';
import { ApiToken, IdParams } from '../../../shared/schemas/index.js';
import { presentToken } from '../../presenters.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/tokens/:id/revoke`,
    { schema: { tags: ['接口令牌'], summary: '吊销接口令牌', params: IdParams, response: { 200: ApiToken } }, config: { permission: 'token.manage' } },
    async (request) => presentToken(await revokeToken(request.ctx(), request.params.id), ''),
  );
