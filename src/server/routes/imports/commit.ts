import { commitImport } from '../../../services/imports/commit.js';
import { IdParams, ImportJobView } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/imports/:id/commit`,
    {
      schema: {
        tags: ['台账导入'],
        summary: '提交导入：在后台逐行登记校验通过的行（不合格的行跳过），进度见 GET /imports/:id；同一内容不会重复登记，中断后可再次提交继续',
        params: IdParams,
        response: { 202: ImportJobView },
      },
      config: { permission: 'case.import' },
    },
    async (request, reply) => {
      const view = await commitImport(request.ctx(), request.params.id);
      reply.status(202);
      return view;
    },
  );
