import '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { can } from '../../domain/policies/index.js';
import { resolveApiToken, resolveSession } from '../../services/auth.js';
import { sameSecret } from '../../services/secrets.js';

export const SESSION_COOKIE = 'xf_session';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication and authorization as one hook over every API route: who is calling (session cookie
 * or API token), whether the route allows it (route config `permission`), and CSRF for cookie writes.
 * Data scope is then enforced by the database (services run scoped transactions).
 */
export function authPlugin(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('ctx', function (this: FastifyRequest) {
    if (!this.actor) throw new AppError('unauthenticated', '请先登录');
    return { database: app.database, actor: this.actor, ip: this.ip, now: app.now };
  });

  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (!request.routeOptions.url?.startsWith('/api/')) return;
    const now = app.now();
    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      request.actor = await resolveApiToken(app.database, bearer, now, request.ip);
      if (!request.actor) throw new AppError('unauthenticated', '接口令牌无效、已过期或已被吊销');
      if (!config.public && !config.token) throw new AppError('forbidden', '该接口不能使用接口令牌调用');
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        request.session = await resolveSession(app.database, cookie, now);
        request.actor = request.session?.actor ?? null;
      }
      // Public routes (login, the portal) do not act on the session, so a staff cookie sent along needs no CSRF token.
      if (request.session && !SAFE.has(request.method) && !config.public) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameSecret(sent, request.session.csrfToken))
          throw new AppError('forbidden', '请求缺少有效的防伪令牌（CSRF），请刷新页面后重试');
      }
    }
    if (config.public) return;
    if (!request.actor) throw new AppError('unauthenticated', cookie(request) ? '登录已过期，请重新登录' : '请先登录');
    if (request.session?.mustChangePassword && !config.beforePasswordChange)
      throw new AppError('passwordChangeRequired', '首次登录或密码被重置后，请先修改密码');
    if (config.permission && !can(request.actor, config.permission)) throw new AppError('forbidden', '您无权执行此操作');
  });
}

const cookie = (request: FastifyRequest) => !!request.cookies[SESSION_COOKIE];

/** Every API route must say who may call it; a route that says nothing is a mistake caught at start-up. */
export function assertRouteGuarded(route: { url: string; method: string | string[]; config?: unknown }) {
  if (!route.url.startsWith('/api/')) return;
  const c = (route.config ?? {}) as { permission?: string; public?: boolean; beforePasswordChange?: boolean };
  if (!c.permission && !c.public && !c.beforePasswordChange)
    throw new Error(`路由 ${String(route.method)} ${route.url} 未声明权限（permission / public）`);
}
