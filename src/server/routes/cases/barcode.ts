import { z } from 'zod';
import { findByCaseNo } from '../../../services/register/cases.js';
import { code128Svg, qrSvg } from '../../../services/barcodes.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases/by-number/:caseNo/barcode`,
    {
      schema: {
        tags: ['信访件'],
        summary: '信访编号的条形码（Code128）或二维码（SVG），供案卷页与打印件使用',
        params: z.strictObject({ caseNo: z.string().min(1).max(60).describe('信访编号') }),
        querystring: z.strictObject({ type: z.enum(['code128', 'qr']).default('code128').describe('码制') }),
      },
      config: { permission: 'case.read' },
    },
    async (request, reply) => {
      // Only a case the caller can see gets a barcode: the number itself is checked in scope.
      const found = await findByCaseNo(request.ctx(), request.params.caseNo);
      const svg = request.query.type === 'qr' ? qrSvg(found.caseNo) : code128Svg(found.caseNo);
      return reply.type('image/svg+xml').header('cache-control', 'private, max-age=3600').send(svg);
    },
  );
