import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { API_PREFIX } from '../zod-app.js';

/** The OpenAPI document is generated from the routes' zod schemas: one source for validation and docs. */
export async function openapiPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      info: { title: '信访举报信息管理系统 API', version: '1', description: '除登录与公开接口外，需登录会话（Cookie + X-CSRF-Token）或接口令牌（Authorization: Bearer）。' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'xf_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });
  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
}
