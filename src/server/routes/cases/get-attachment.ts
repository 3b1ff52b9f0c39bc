import { openAttachment } from '../../../services/register/attachments.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/attachments/:id`,
    {
      schema: { tags: ['信访件'], summary: '查看或下载附件（仅限可查看该信访件的用户；记入审计）', params: IdParams },
      config: { permission: 'case.read' },
    },
    async (request, reply) => {
      const { meta, stream } = await openAttachment(request.ctx(), request.params.id);
      const disposition = meta.kind === 'audio' || meta.mime.startsWith('image/') || meta.mime === 'application/pdf' ? 'inline' : 'attachment';
      reply
        .header('content-type', meta.mime)
        .header('content-length', meta.size)
        .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store');
      return reply.send(stream);
    },
  );
