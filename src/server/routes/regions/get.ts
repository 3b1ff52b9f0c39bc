import { regionDetail } from '../../../services/regions.js';
import { RegionCodeParams, RegionDetail } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/regions/:code`,
    {
      schema: { tags: ['行政区划'], summary: '行政区划详情（全称与各级上级）', params: RegionCodeParams, response: { 200: RegionDetail } },
      config: { permission: 'reference.read', token: true },
    },
    async (request) => regionDetail(request.params.code),
  );
