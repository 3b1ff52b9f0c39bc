import { z } from 'zod';
import { TIME_LIMIT_STEPS } from '../../../domain/deadlines/index.js';
import { PIPELINES } from '../../../domain/vocabulary/index.js';
import { calendarYearView, deadlineSettingsView, listTimeLimitRules, previewDeadline, setCalendarYear, setDeadlineSettings, setTimeLimitRule } from '../../../services/deadlines/time-config.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const Year = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).describe('年份') });
const CalendarYear = z.object({
  year: z.number(),
  source: z.string(),
  provisional: z.boolean(),
  days: z.array(z.object({ date: z.string(), workday: z.boolean(), kind: z.string(), name: z.string().optional(), source: z.string(), provisional: z.boolean() })),
});
const Workdays = (what: string) => z.number().int(`${what}应为整数`).describe(`${what}（工作日）`);
const DeadlineSettings = z.strictObject({
  escalateAfterWorkdays: Workdays('超期上报天数'),
  overdue: z.strictObject({ moderately: Workdays('中度超时起算天数'), severely: Workdays('严重超时起算天数') }),
});
const Rule = z.object({ step: z.string(), pipeline: z.string(), days: z.number(), unit: z.string(), label: z.string(), name: z.string(), from: z.string(), basis: z.string() });

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/config/calendar/:year`,
    { schema: { tags: ['业务规则'], summary: '某年的节假日与调休安排（来源：内置官方安排 / 管理员录入 / 按法定节假日推算）', params: Year, response: { 200: CalendarYear } }, config: { permission: 'unit.read' } },
    async (request) => calendarYearView(request.params.year),
  );
  app.put(
    `${API_PREFIX}/config/calendar/:year`,
    {
      schema: {
        tags: ['业务规则'],
        summary: '录入或导入国务院办公厅公布的某年放假安排（整年替换；仅顶级单位系统管理员）',
        params: Year,
        body: z.strictObject({
          days: z.array(z.strictObject({ date: z.string().describe('日期'), kind: z.enum(['holiday', 'workday']).describe('类型'), name: z.string().max(20).optional() })).max(120).describe('节假日与调休'),
          publish: z.boolean().default(true).describe('标记为已公布'),
          source: z.string().trim().min(2).max(100).default('国务院办公厅通知').describe('来源'),
        }),
        response: { 200: CalendarYear },
      },
      config: { permission: 'config.manage' },
    },
    async (request) => setCalendarYear(request.ctx(), request.params.year, request.body.days, request.body.publish, request.body.source),
  );
  app.get(
    `${API_PREFIX}/config/time-limits`,
    { schema: { tags: ['业务规则'], summary: '办理期限规则（每一环节：天数、自然日或工作日、依据）', response: { 200: z.object({ items: z.array(Rule) }) } }, config: { permission: 'unit.read' } },
    async () => ({ items: [...listTimeLimitRules()] }),
  );
  app.put(
    `${API_PREFIX}/config/time-limits/:step/:pipeline`,
    {
      schema: {
        tags: ['业务规则'],
        summary: '修改办理期限（正在计时的期限不受影响；仅顶级单位系统管理员；记入审计）',
        params: z.strictObject({ step: z.enum(TIME_LIMIT_STEPS).describe('环节'), pipeline: z.enum(PIPELINES).describe('业务类型') }),
        body: z.strictObject({ days: z.number().int().min(1).max(3650).describe('天数'), unit: z.enum(['calendar', 'working']).describe('计算方式'), label: z.string().trim().min(2).max(20).describe('用语'), name: z.string().trim().min(2).max(40).describe('名称') }),
        response: { 200: Rule },
      },
      config: { permission: 'config.manage' },
    },
    async (request) => setTimeLimitRule(request.ctx(), request.params.step, request.params.pipeline, request.body),
  );
  app.get(
    `${API_PREFIX}/config/deadline-settings`,
    { schema: { tags: ['业务规则'], summary: '超期设置：红灯多少个工作日后报上级督办，超时分级的起算天数', response: { 200: DeadlineSettings } }, config: { permission: 'unit.read' } },
    async () => deadlineSettingsView(),
  );
  app.put(
    `${API_PREFIX}/config/deadline-settings`,
    {
      schema: { tags: ['业务规则'], summary: '修改超期设置（仅顶级单位系统管理员；记入审计；立即生效）', body: DeadlineSettings, response: { 200: DeadlineSettings } },
      config: { permission: 'config.manage' },
    },
    async (request) => setDeadlineSettings(request.ctx(), request.body),
  );
  app.get(
    `${API_PREFIX}/deadlines/preview`,
    {
      schema: {
        tags: ['业务规则'],
        summary: '期限预览：如「按 15 个工作日计，应于 2026年10月15日 前受理告知」',
        querystring: z.strictObject({ step: z.enum(TIME_LIMIT_STEPS).describe('环节'), start: z.string().describe('起算日期'), pipeline: z.enum(PIPELINES).optional().describe('业务类型') }),
        response: { 200: z.object({ step: z.string(), due: z.string(), provisional: z.boolean(), preview: z.string(), days: z.number(), unit: z.string() }) },
      },
      config: { permission: 'unit.read' },
    },
    async (request) => previewDeadline(request.query.step, request.query.start, request.query.pipeline),
  );
};
