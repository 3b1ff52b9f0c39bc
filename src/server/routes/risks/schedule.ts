import { getReportSchedule, setReportSchedule } from '../../../services/risks/schedule-config.js';
import { RiskScheduleBody } from '../../../shared/schemas/risks.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/config/risk-schedule`,
    { schema: { tags: ['业务规则'], summary: '隐患排查表的上报周期（按单位层级；默认村居企业每周）', response: { 200: RiskScheduleBody } }, config: { permission: 'unit.read' } },
    async (request) => getReportSchedule(request.ctx()),
  );
  app.put(
    `${API_PREFIX}/config/risk-schedule`,
    { schema: { tags: ['业务规则'], summary: '修改隐患排查表的上报周期（仅顶级单位系统管理员；记入审计）', body: RiskScheduleBody, response: { 200: RiskScheduleBody } }, config: { permission: 'config.manage' } },
    async (request) => setReportSchedule(request.ctx(), request.body),
  );
};
