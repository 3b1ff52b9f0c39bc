import type { Database, Tx } from '../db/index.js';
import type { Actor } from '../domain/policies/index.js';

/** What every use case receives: the database, who acts, from where, and the clock (injectable in tests). */
export interface ServiceContext {
  database: Database;
  actor: Actor;
  ip?: string | undefined;
  now: () => Date;
}

/** Runs a use case in one transaction limited to the actor's subtree. */
export const inScope = <T>(ctx: ServiceContext, fn: (tx: Tx) => Promise<T>): Promise<T> =>
  ctx.database.scoped(ctx.actor.unitPath, fn, ctx.actor.kind === 'user' ? ctx.actor.id : '');

/** The user id for trail entries: only signed-in users have one (tokens and reporters do not). */
export const userIdOf = (ctx: ServiceContext) => (ctx.actor.kind === 'user' ? ctx.actor.id : null);
