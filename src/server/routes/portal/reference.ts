import { z } from 'zod';
import { categoryTree } from '../../../services/register/categories.js';
import { regionChildren } from '../../../services/regions.js';
import { Region, RegionCodeParams } from '../../../shared/schemas/index.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

type Option = { value: string; label: string; children?: Option[] };
const Option: z.ZodType<Option> = z.lazy(() => z.object({ value: z.string(), label: z.string(), children: z.array(Option).optional() }));

/** Public reference data for the portal's forms: the region dictionary and the category trees. */
export default (app: ZodApp) => {
  app.get(
    `${API_PREFIX}/portal/regions/:code/children`,
    {
      schema: { tags: ['网上信访'], summary: '行政区划（逐级加载；100000 为全国）', params: RegionCodeParams, response: { 200: z.object({ items: z.array(Region) }) } },
      config: { public: true, rateLimit: { max: 300, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { items: regionChildren(request.params.code) };
    },
  );
  app.get(
    `${API_PREFIX}/portal/categories`,
    {
      schema: { tags: ['网上信访'], summary: '问题类别', response: { 200: z.object({ government: z.array(Option), discipline: z.array(Option) }) } },
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async () => categoryTree(),
  );
};
