import { z } from 'zod';
import { setStatisticsSettings, statisticsSettingsView } from '../../../services/config/statistics-settings.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const Settings = z.object({
  countBasicallySatisfied: z.boolean().describe('满意率是否把“基本满意”计为满意'),
  definition: z.string().describe('按此口径的满意率定义'),
});

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/config/statistics-settings`,
    { schema: { tags: ['业务规则'], summary: '统计口径：满意率是否把“基本满意”计为满意（默认计入），附满意率定义', response: { 200: Settings } }, config: { permission: 'unit.read' } },
    async (request) => statisticsSettingsView(request.ctx()),
  );
  app.put(
    `${API_PREFIX}/config/statistics-settings`,
    {
      schema: {
        tags: ['业务规则'],
        summary: '修改统计口径（仅顶级单位系统管理员；记入审计；立即用于各项统计）',
        body: z.strictObject({ countBasicallySatisfied: z.boolean({ error: '请选择“基本满意”是否计为满意' }).describe('满意率是否把“基本满意”计为满意') }),
        response: { 200: Settings },
      },
      config: { permission: 'config.manage' },
    },
    async (request) => setStatisticsSettings(request.ctx(), request.body),
  );
};
