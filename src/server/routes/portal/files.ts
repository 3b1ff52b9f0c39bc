import { AppError } from '../../../domain/errors.js';
import { caseOfToken } from '../../../services/portal/access.js';
import { reporterFile } from '../../../services/portal/follow.js';
import { MAX_ATTACHMENT_BYTES } from '../../../services/register/attachments.js';
import { AttachmentView } from '../../../shared/schemas/index.js';
import { withMultipart } from '../../multipart.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  withMultipart(app, MAX_ATTACHMENT_BYTES, (s) =>
    s.post(
      `${API_PREFIX}/portal/files`,
      {
        schema: { tags: ['网上信访'], summary: '补充材料（图片、PDF、录音，单个不超过 20 MB）', consumes: ['multipart/form-data'], response: { 201: AttachmentView } },
        config: { public: true, rateLimit: { max: 20, timeWindow: '1 hour' } },
      },
      async (request, reply) => {
        const token = request.headers['x-portal-token'];
        if (typeof token !== 'string') throw new AppError('unauthenticated', '请先输入查询码和查询密码');
        const caseId = caseOfToken(token, app.now());
        const file = await request.file().catch(() => undefined);
        if (!file) throw new AppError('validation', '请选择要上传的文件');
        const data = await file.toBuffer().catch(() => {
          throw new AppError('payloadTooLarge', `文件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
        });
        reply.status(201);
        return reporterFile(app.database, caseId, file.filename, data, app.now(), request.ip);
      },
    ),
  );
