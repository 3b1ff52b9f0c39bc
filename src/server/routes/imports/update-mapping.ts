import { updateMapping } from '../../../services/imports/imports.js';
import { IdParams, ImportJobView, ImportMappingBody } from '../../../shared/schemas/index.js';
import type { ImportMapping } from '../../../domain/imports/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.put(
    `${API_PREFIX}/imports/:id/mapping`,
    {
      schema: {
        tags: ['台账导入'],
        summary: '修改列对应关系和默认值（提交前），重新逐行校验并返回新的报告',
        params: IdParams,
        body: ImportMappingBody,
        response: { 200: ImportJobView },
      },
      config: { permission: 'case.import' },
    },
    async (request) => updateMapping(request.ctx(), request.params.id, request.body as ImportMapping),
  );
