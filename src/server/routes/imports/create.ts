import { AppError } from '../../../domain/errors.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../domain/imports/index.js';
import { stopImports } from '../../../services/imports/commit.js';
import { createImport } from '../../../services/imports/imports.js';
import { ImportJobView } from '../../../shared/schemas/index.js';
import { withMultipart } from '../../multipart.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const MB = MAX_IMPORT_BYTES / 1024 / 1024;

export default (app: ZodApp) => {
  // Imports still running when the server closes stop after their current row and can be committed again later.
  app.addHook('onClose', () => stopImports(app.database));
  return withMultipart(app, MAX_IMPORT_BYTES, (s) =>
    s.post(
      `${API_PREFIX}/imports`,
      {
        schema: {
          tags: ['台账导入'],
          summary: `上传历史台账（.xlsx 或 CSV：UTF-8 或 GB18030；不超过 ${MB} MB、${MAX_IMPORT_ROWS} 行），按列名自动对应并逐行校验，此时不登记`,
          consumes: ['multipart/form-data'],
          response: { 201: ImportJobView },
        },
        config: { permission: 'case.import' },
      },
      async (request, reply) => {
        const file = await request.file().catch(() => undefined);
        if (!file) throw new AppError('validation', '请选择要导入的台账文件（表单字段 file）');
        let data: Buffer;
        try {
          data = await file.toBuffer();
        } catch {
          throw new AppError('payloadTooLarge', `导入文件不能超过 ${MB} MB，请拆分后分批导入`);
        }
        const view = await createImport(request.ctx(), file.filename, data);
        reply.status(201);
        return view;
      },
    ),
  );
};
