import { z } from 'zod';
import { listAudit } from '../../../services/audit.js';
import { AuditEntry, AuditQuery } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentAudit } from './present.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/audit`,
    {
      schema: {
        tags: ['审计'],
        summary: '审计日志（只读；本单位及下级单位）',
        querystring: AuditQuery,
        response: { 200: z.object({ items: z.array(AuditEntry), nextBeforeId: z.number().nullable() }) },
      },
      config: { permission: 'audit.read' },
    },
    async (request) => {
      const { limit, from, to, ...rest } = request.query;
      const rows = await listAudit(
        request.ctx(),
        { ...rest, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined },
        limit,
      );
      return { items: rows.map(presentAudit), nextBeforeId: rows.length === limit ? rows[rows.length - 1]!.id : null };
    },
  );
