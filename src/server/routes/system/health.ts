import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    '/healthz',
    {
      schema: { tags: ['系统'], summary: '健康检查（数据库可用）', response: { 200: z.object({ status: z.literal('ok'), database: z.string() }) } },
      config: { public: true },
    },
    async () => {
      await app.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.database.engine };
    },
  );
