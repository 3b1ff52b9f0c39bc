import { z } from 'zod';
import { regionChildren } from '../../../services/regions.js';
import { Region, RegionCodeParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/regions/:code/children`,
    {
      schema: {
        tags: ['行政区划'],
        summary: '下级行政区划（100000 为全国：返回各省），供级联选择逐级加载',
        params: RegionCodeParams,
        response: { 200: z.object({ items: z.array(Region) }) },
      },
      config: { permission: 'reference.read', token: true },
    },
    async (request) => ({ items: regionChildren(request.params.code) }),
  );
