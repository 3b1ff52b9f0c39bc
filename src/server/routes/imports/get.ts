import { getImport } from '../../../services/imports/imports.js';
import { IdParams, ImportJobView, ImportReportQuery } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/imports/:id`,
    {
      schema: {
        tags: ['台账导入'],
        summary: '导入任务：列对应关系、校验报告（按行分页）、状态与进度（done/total）',
        params: IdParams,
        querystring: ImportReportQuery,
        response: { 200: ImportJobView },
      },
      config: { permission: 'case.import' },
    },
    async (request) => getImport(request.ctx(), request.params.id, request.query),
  );
