import { PassThrough } from 'node:stream';
import { prepareCaseExport } from '../../../services/exports/cases-xlsx.js';
import { CaseExportQuery } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/exports/cases.xlsx`,
    {
      schema: {
        tags: ['信访件'],
        summary: '导出信访件清单为 Excel（筛选条件与信访件列表相同；信访人姓名脱敏；单次最多 100000 件；记入审计）',
        querystring: CaseExportQuery,
      },
      config: { permission: 'case.export' },
    },
    async (request, reply) => {
      const exp = await prepareCaseExport(request.ctx(), request.query);
      const out = new PassThrough();
      // Written while it is sent; a failure half-way can only cut the download short.
      exp.write(out).catch((err: unknown) => {
        request.log.error({ err }, 'case export failed while streaming');
        out.destroy(err instanceof Error ? err : new Error(String(err)));
      });
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="cases.xlsx"; filename*=UTF-8''${encodeURIComponent(exp.fileName)}`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(out);
    },
  );
