import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/index.js';
import { useChineseMessages } from '../shared/zod-zh.js';
import type { Config } from './config.js';
import { assertRouteGuarded, authPlugin } from './plugins/auth.js';
import { apiNotFound, errorsPlugin } from './plugins/errors.js';
import { openapiPlugin } from './plugins/openapi.js';
import { webPlugin } from './plugins/web.js';
import { routes } from './routes/index.js';
import type { RouteEntry } from './types.js';

export interface AppOptions {
  database: Database;
  config: Config;
  /** The clock; tests pass their own. */
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web console (off in API tests). */
  web?: boolean;
}

/** Builds the whole HTTP application. Plugins load in order: external → app → routes. */
export async function buildApp(options: AppOptions) {
  useChineseMessages();
  const app = Fastify({
    logger: options.logger ?? { level: options.config.logLevel },
    bodyLimit: options.config.bodyLimit,
    trustProxy: options.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', options.database);
  app.decorate('config', options.config);
  app.decorate('now', options.now ?? (() => new Date()));
  const submitted: number[] = [];
  const hourAgo = (now: Date) => now.getTime() - 3_600_000;
  app.decorate('portalSubmissions', {
    add: (now: Date) => void submitted.push(now.getTime()),
    count: (now: Date) => {
      while (submitted.length && submitted[0]! < hourAgo(now)) submitted.shift();
      return submitted.length;
    },
  });
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    assertRouteGuarded(route);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url, config: route.config ?? {} });
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, { global: false });
  // Called directly, not registered: their handlers, decorators and hooks must apply app-wide.
  errorsPlugin(app);
  authPlugin(app);
  await openapiPlugin(app);
  await app.register(routes);
  const served = options.web !== false && (await webPlugin(app));
  if (!served) app.setNotFoundHandler(apiNotFound);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
