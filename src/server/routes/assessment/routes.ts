import { z } from 'zod';
import { ASSESSED_INDICATORS, ASSESSED_INDICATOR_LABELS } from '../../../domain/assessment/index.js';
import { scorecardOf, scorecardsBelow, setAgreement } from '../../../services/assessment/assessment.js';
import { scorecardHtml, scorecardWorkbook } from '../../../services/assessment/scorecard-export.js';
import { IdParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Year = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional().describe('考核年度（默认今年）') });
const Ratio = z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() });
const Weights = z.strictObject(Object.fromEntries(ASSESSED_INDICATORS.map((i) => [i, z.number().int().min(0).max(100).describe(ASSESSED_INDICATOR_LABELS[i])])) as Record<(typeof ASSESSED_INDICATORS)[number], z.ZodNumber>);
const Terms = z.object({ weights: z.record(z.string(), z.number()), veto: z.object({ skipLevelBeyondCity: z.boolean(), groupVisitAtLeast: z.number().nullable() }), deductionPerEvent: z.number() });
const Scorecard = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  period: z.object({ from: z.string(), to: z.string() }),
  asOf: z.string(),
  agreement: z.object({ signedOn: z.string(), signedByName: z.string(), note: z.string().nullable() }).nullable(),
  terms: Terms,
  zeroSkipLevelDays: z.number(),
  lines: z.array(z.object({ indicator: z.enum(ASSESSED_INDICATORS), label: z.string(), weight: z.number(), value: z.union([Ratio, z.number()]).nullable(), points: z.number(), note: z.string() })),
  total: z.number(),
  vetoes: z.array(z.object({ item: z.string(), count: z.number() })),
  vetoed: z.boolean(),
  grade: z.string(),
});
const yearOf = (app: ZodApp, y?: number) => y ?? Number(new Date(app.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 4));

/** 考核: target agreements, scorecards, their Excel and print forms. */
export default (app: ZodApp) => {
  app.put(
    `${API_PREFIX}/assessment/:id/agreement`,
    {
      schema: {
        tags: ['考核'],
        summary: '签订（或修改）下级单位某年度的《信访工作目标责任状》：各指标分值（合计 100）、一票否决事项、每起扣分',
        params: IdParams,
        body: z.strictObject({
          year: z.number().int().min(2000).max(2100).describe('年度'),
          weights: Weights.describe('各指标分值'),
          veto: z.strictObject({ skipLevelBeyondCity: z.boolean().describe('到市以上越级访一票否决'), groupVisitAtLeast: z.number().int().nullable().describe('集体访否决人数（空为不设）') }),
          deductionPerEvent: z.number().min(0.5).max(100).describe('越级访、集体访每起扣分'),
          note: z.string().trim().max(500).optional().describe('备注'),
        }),
        response: { 200: z.object({ id: z.string(), year: z.number(), signedOn: z.string() }) },
      },
      config: { permission: 'assessment.manage' },
    },
    async (request) => {
      const { year, note, ...terms } = request.body;
      const a = await setAgreement(request.ctx(), request.params.id, year, terms, note);
      return { id: a.id, year: a.year, signedOn: a.signedOn };
    },
  );
  app.get(
    `${API_PREFIX}/assessment/scorecards`,
    { schema: { tags: ['考核'], summary: '下级各单位的考核计分（年度至今）', querystring: Year, response: { 200: z.object({ items: z.array(Scorecard) }) } }, config: { permission: 'assessment.read' } },
    async (request) => ({ items: await scorecardsBelow(request.ctx(), yearOf(app, request.query.year)) }),
  );
  app.get(
    `${API_PREFIX}/assessment/:id/scorecard`,
    { schema: { tags: ['考核'], summary: '一个单位的年度考核计分表：各指标得分、一票否决、等次、连续零越级天数', params: IdParams, querystring: Year, response: { 200: Scorecard } }, config: { permission: 'assessment.read' } },
    async (request) => scorecardOf(request.ctx(), request.params.id, yearOf(app, request.query.year)),
  );
  app.get(
    `${API_PREFIX}/assessment/:id/scorecard.xlsx`,
    { schema: { tags: ['考核'], summary: '年度考核计分表导出为 Excel（记入审计）', params: IdParams, querystring: Year }, config: { permission: 'assessment.read' } },
    async (request, reply) => {
      const x = await scorecardWorkbook(request.ctx(), request.params.id, yearOf(app, request.query.year));
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="scorecard.xlsx"; filename*=UTF-8''${encodeURIComponent(x.fileName)}`)
        .header('cache-control', 'private, no-store')
        .send(x.buffer);
    },
  );
  app.get(
    `${API_PREFIX}/assessment/:id/scorecard/print`,
    { schema: { tags: ['考核'], summary: '年度考核计分表打印页（A4）', params: IdParams, querystring: Year }, config: { permission: 'assessment.read' } },
    async (request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store').send(await scorecardHtml(request.ctx(), request.params.id, yearOf(app, request.query.year))),
  );
};
