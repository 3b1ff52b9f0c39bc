import { z } from 'zod';
import { getRoutingConfig, updateRoutingConfig } from '../../../services/config/routing-config.js';
import { RANKS, UNIT_LEVELS } from '../../../domain/vocabulary/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

const Department = z.strictObject({
  category: z.string().regex(/^[0-9A-Za-z]{1,20}$/).describe('问题类别'),
  categoryName: z.string().trim().min(1).max(40).describe('类别名称'),
  department: z.string().trim().min(2).max(40).describe('归口部门'),
  aliases: z.array(z.string().trim().min(1).max(40)).max(10).optional().describe('别名'),
  crossesTo: z.literal('discipline').optional(),
});
const RoutingConfig = z.strictObject({
  rankLevels: z.record(z.enum(RANKS), z.enum(UNIT_LEVELS)).describe('干部管理权限'),
  categoryDepartments: z.array(Department).max(500).describe('归口表'),
});

export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/config/routing`,
    { schema: { tags: ['业务规则'], summary: '分办规则：职级对应的受理层级（干部管理权限）与问题类别归口部门', response: { 200: RoutingConfig } }, config: { permission: 'unit.read' } },
    async (request) => (await getRoutingConfig(request.ctx())) as z.infer<typeof RoutingConfig>,
  );
  app.put(
    `${API_PREFIX}/config/routing`,
    { schema: { tags: ['业务规则'], summary: '修改分办规则（仅顶级单位系统管理员；记入审计）', body: RoutingConfig, response: { 200: RoutingConfig } }, config: { permission: 'config.manage' } },
    async (request) => (await updateRoutingConfig(request.ctx(), request.body)) as z.infer<typeof RoutingConfig>,
  );
};
