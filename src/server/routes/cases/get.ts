import { z } from 'zod';
import { AppError } from '../../../domain/errors.js';
import { can } from '../../../domain/policies/index.js';
import { viewCase } from '../../../services/register/cases.js';
import { CaseDetail, IdParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases/:id`,
    {
      schema: {
        tags: ['信访件'],
        summary: '信访件详情（identity=true 时显示信访人完整身份信息，需相应权限，并记入审计）',
        params: IdParams,
        querystring: z.strictObject({ identity: z.enum(['true', 'false']).default('false') }),
        response: { 200: CaseDetail },
      },
      config: { permission: 'case.read' },
    },
    async (request) => {
      const identity = request.query.identity === 'true';
      if (identity && !can(request.actor!, 'case.identity')) throw new AppError('forbidden', '您无权查看信访人的完整身份信息');
      return viewCase(request.ctx(), request.params.id, identity);
    },
  );
