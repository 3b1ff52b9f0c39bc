import { z } from 'zod';
import { categoryTree } from '../../../services/register/categories.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

type Option = { value: string; label: string; children?: Option[] };
const Option: z.ZodType<Option> = z.lazy(() => z.object({ value: z.string(), label: z.string(), children: z.array(Option).optional() }));

export default (app: ZodApp) =>
  app.get(
    `${API_PREFIX}/categories`,
    {
      schema: {
        tags: ['基础数据'],
        summary: '问题类别（两级，按业务类型）',
        response: { 200: z.object({ government: z.array(Option), discipline: z.array(Option) }) },
      },
      config: { permission: 'reference.read', token: true },
    },
    async () => categoryTree(),
  );
