import { AppError } from '../../../domain/errors.js';
import { addAttachment, MAX_ATTACHMENT_BYTES } from '../../../services/register/attachments.js';
import { AttachmentView, IdParams } from '../../../shared/schemas/index.js';
import { withMultipart } from '../../multipart.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  withMultipart(app, MAX_ATTACHMENT_BYTES, (s) =>
    s.post(
      `${API_PREFIX}/cases/:id/attachments`,
      {
        schema: {
          tags: ['信访件'],
          summary: '上传附件（来信扫描件、图片、PDF、来电录音；按内容识别类型，单个不超过 20 MB）',
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { 201: AttachmentView },
        },
        config: { permission: 'case.register' },
      },
      async (request, reply) => {
        const file = await request.file().catch(() => undefined);
        if (!file) throw new AppError('validation', '请选择要上传的文件（表单字段 file）');
        let data: Buffer;
        try {
          data = await file.toBuffer();
        } catch {
          throw new AppError('payloadTooLarge', `文件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
        }
        const result = await addAttachment(request.ctx(), request.params.id, file.filename, data);
        reply.status(201);
        return result;
      },
    ),
  );
