import { z } from 'zod';
import { listTokens } from '../../../services/tokens.js';
import { ApiToken } from '../../../shared/schemas/index.js';
import { presentToken } from '../../presenters.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/tokens`,
    { schema: { tags: ['接口令牌'], summary: '接口令牌列表（含最近使用时间）', response: { 200: z.object({ items: z.array(ApiToken) }) } }, config: { permission: 'token.manage' } },
    async (request) => ({ items: (await listTokens(request.ctx())).map((r) => presentToken(r.token, r.unitName)) }),
  );
