import { z } from 'zod';
import { findByCaseNo } from '../../../services/register/cases.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/cases/by-number/:caseNo`,
    {
      schema: {
        tags: ['信访件'],
        summary: '按信访编号查找（扫码框）',
        params: z.strictObject({ caseNo: z.string().min(1).max(60).describe('信访编号') }),
        response: { 200: z.object({ id: z.string(), caseNo: z.string() }) },
      },
      config: { permission: 'case.read' },
    },
    async (request) => findByCaseNo(request.ctx(), request.params.caseNo),
  );
