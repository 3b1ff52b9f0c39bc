import { z } from 'zod';
import { listImports } from '../../../services/imports/imports.js';
import { ImportSummary } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/imports`,
    {
      schema: {
        tags: ['台账导入'],
        summary: '台账导入记录（本单位及下级，最近的在前）',
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50).describe('条数') }),
        response: { 200: z.object({ items: z.array(ImportSummary) }) },
      },
      config: { permission: 'case.import' },
    },
    async (request) => ({ items: await listImports(request.ctx(), request.query.limit) }),
  );
