import { z } from 'zod';
import { diaryToCase, diaryToRisk, listDiaries, writeDiary } from '../../../services/meetings/diaries.js';
import { Id, IdParams, RegisterCaseBody, RegisterResult } from '../../../shared/schemas/index.js';
import { RiskLineBody, RiskView } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';
import { presentRisk } from '../risks/present.js';

const text = (min: number, max: number, label: string) => z.string().trim().min(min).max(max).describe(label);
const Diary = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  authorName: z.string(),
  visitedOn: z.string(),
  visitors: z.string(),
  place: z.string(),
  metWith: z.string(),
  problemsFound: z.string(),
  followUp: z.string(),
  riskId: z.string().nullable(),
  caseId: z.string().nullable(),
});
const present = (d: z.infer<typeof Diary> & Record<string, unknown>) => Diary.parse(d);

/** 下访 / 民情日记. */
export default (app: ZodApp) => {
  app.post(
    `${API_PREFIX}/field-diaries`,
    {
      schema: {
        tags: ['下访与民情日记'],
        summary: '写民情日记：谁、何时、到哪个村居或企业、见了谁、发现什么问题、如何跟进',
        body: z.strictObject({ unitId: Id.describe('下访的村居或企业'), visitedOn: z.iso.date().describe('下访日期'), visitors: text(2, 100, '下访人员'), place: text(2, 100, '地点'), metWith: text(2, 300, '接触对象'), problemsFound: text(1, 2000, '发现的问题'), followUp: text(1, 1000, '后续跟进') }),
        response: { 201: Diary },
      },
      config: { permission: 'diary.write' },
    },
    async (request, reply) => {
      const d = await writeDiary(request.ctx(), request.body);
      reply.status(201);
      return present(d);
    },
  );
  app.get(
    `${API_PREFIX}/field-diaries`,
    { schema: { tags: ['下访与民情日记'], summary: '民情日记（本单位及下级单位）', querystring: z.strictObject({ unitId: Id.optional().describe('村居或企业') }), response: { 200: z.object({ items: z.array(Diary) }) } }, config: { permission: 'diary.read' } },
    async (request) => ({ items: (await listDiaries(request.ctx(), request.query)).map(({ d, unitName }) => present({ ...d, unitName })) }),
  );
  app.post(
    `${API_PREFIX}/field-diaries/:id/risk`,
    { schema: { tags: ['下访与民情日记'], summary: '日记中发现的问题转为信访隐患（列入该村居的隐患台账）', params: IdParams, body: RiskLineBody.omit({ status: true, resolution: true }), response: { 201: RiskView } }, config: { permission: 'diary.write' } },
    async (request, reply) => {
      const r = await diaryToRisk(request.ctx(), request.params.id, request.body);
      reply.status(201);
      return presentRisk(r);
    },
  );
  app.post(
    `${API_PREFIX}/field-diaries/:id/case`,
    { schema: { tags: ['下访与民情日记'], summary: '日记中发现的问题登记为信访件（按登记规则，并与日记关联）', params: IdParams, body: z.strictObject({ registration: RegisterCaseBody }), response: { 201: RegisterResult } }, config: { permission: 'case.register' } },
    async (request, reply) => {
      const result = await diaryToCase(request.ctx(), request.params.id, request.body.registration);
      reply.status(201);
      return result;
    },
  );
};
