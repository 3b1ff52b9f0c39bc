import { z } from 'zod';
import { AppError } from '../../../domain/errors.js';
import { can } from '../../../domain/policies/index.js';
import { printout, PRINTOUTS, type PrintoutKind } from '../../../services/register/case-sheets.js';
import { PRINTOUT_CSP } from '../../../services/printouts/index.js';
import { Id } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases/:id/printouts/:kind`,
    {
      schema: {
        tags: ['信访件'],
        summary: '打印：信访登记表（registration-form）或呈批件（approval-sheet），带条形码和二维码',
        params: z.strictObject({ id: Id, kind: z.enum(Object.keys(PRINTOUTS) as [PrintoutKind, ...PrintoutKind[]]).describe('打印件') }),
        querystring: z.strictObject({ identity: z.enum(['true', 'false']).default('false') }),
      },
      config: { permission: 'case.read' },
    },
    async (request, reply) => {
      const identity = request.query.identity === 'true';
      if (identity && !can(request.actor!, 'case.identity')) throw new AppError('forbidden', '您无权查看信访人的完整身份信息');
      const html = await printout(request.ctx(), request.params.id, request.params.kind, identity);
      return reply.type('text/html; charset=utf-8').header('content-security-policy', PRINTOUT_CSP).send(html);
    },
  );
