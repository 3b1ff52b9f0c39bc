import { z } from 'zod';
import { searchRegions } from '../../../services/regions.js';
import { Region, RegionSearchQuery } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/regions`,
    {
      schema: {
        tags: ['行政区划'],
        summary: '按名称查找行政区划',
        querystring: RegionSearchQuery,
        response: { 200: z.object({ items: z.array(Region) }) },
      },
      config: { permission: 'reference.read', token: true },
    },
    async (request) => ({ items: searchRegions(request.query.q, request.query.limit) }),
  );
