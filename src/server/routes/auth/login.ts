import { z } from 'zod';
import { login } from '../../../services/auth.js';
import { LoginBody } from '../../../shared/schemas/index.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { API_PREFIX, type ZodApp } from '../../zod-app.js';

export default (app: ZodApp) =>
  app.post(
    `${API_PREFIX}/auth/login`,
    {
      schema: {
        tags: ['账号'],
        summary: '登录：设置会话 Cookie，返回防伪令牌',
        body: LoginBody,
        response: { 200: z.object({ csrfToken: z.string(), mustChangePassword: z.boolean() }) },
      },
      config: {
        public: true,
        rateLimit: {
          max: app.config.loginRateLimit,
          timeWindow: '1 minute',
          hook: 'preHandler', // after the body is parsed, so the key can include the user name
          // Per address and user name: an office behind one NAT address still signs in at 8:30.
          keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown })?.username ?? '').toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const result = await login(
        app.database,
        { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] },
        app.now(),
      );
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: app.config.cookieSecure,
      });
      return { csrfToken: result.csrfToken, mustChangePassword: result.mustChangePassword };
    },
  );
