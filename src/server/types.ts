import type { Database } from '../db/index.js';
import type { Actor, Permission } from '../domain/policies/index.js';
import type { SessionActor } from '../services/auth.js';
import type { ServiceContext } from '../services/context.js';
import type { Config } from './config.js';

export interface RouteEntry {
  method: string;
  url: string;
  config: { permission?: Permission; public?: boolean; beforePasswordChange?: boolean; token?: boolean };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the caller must be allowed (domain/policies). Routes without it must be `public`. */
    permission?: Permission;
    /** Served without signing in (login, health, the public portal). */
    public?: boolean;
    /** Usable while a first-login password change is pending. */
    beforePasswordChange?: boolean;
    /** Usable with an API token (otherwise only with a browser session). */
    token?: boolean;
  }
  interface FastifyInstance {
    /** Every route as registered: method, url and config (the scope test walks it). */
    routeTable: RouteEntry[];
    database: Database;
    config: Config;
    /** Online reports accepted in the last hour (the portal's overall flood guard). */
    portalSubmissions: { add(now: Date): void; count(now: Date): number };
    now: () => Date;
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionActor | null;
    /** The service context of a signed-in caller (throws for anonymous requests). */
    ctx(): ServiceContext;
  }
}
