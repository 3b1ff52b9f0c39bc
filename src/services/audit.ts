import { auditRepository, type AuditFilter, type Tx } from '../db/index.js';
import type { Actor } from '../domain/policies/index.js';
import type { ServiceContext } from './context.js';

export interface AuditEvent {
  action: string;
  objectType: string;
  objectId?: string | null;
  objectUnitId?: string | null;
  detail?: Record<string, unknown> | null;
}

/** Writes one audit entry inside the caller's transaction, so the change and its trail commit together. */
export function audit(tx: Tx, ctx: AuditContext, e: AuditEvent) {
  return auditRepository.append(tx, auditRow(ctx, e));
}

type AuditContext = { actor: Actor | null; ip?: string | undefined; now: () => Date };

/** The audit row of an event, for writes that insert it together with other rows (a registration batch). */
export function auditRow(ctx: AuditContext, e: AuditEvent) {
  const a = ctx.actor;
  return {
    at: ctx.now(),
    actorUserId: a?.kind === 'user' ? a.id : null,
    actorTokenId: a?.kind === 'token' ? a.id : null,
    actorName: a?.name ?? '匿名',
    unitId: a?.unitId ?? null,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId ?? null,
    objectUnitId: e.objectUnitId ?? null,
    detail: e.detail ?? null,
    ip: ctx.ip ?? null,
  };
}

/** Only the fields that changed, as { field: [before, after] }. */
export function diff<T extends Record<string, unknown>>(before: T, after: T, fields: (keyof T)[]) {
  const out: Record<string, [unknown, unknown]> = {};
  for (const f of fields) if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) out[String(f)] = [before[f], after[f]];
  return out;
}

export async function listAudit(ctx: ServiceContext, filter: AuditFilter, limit: number) {
  return ctx.database.scoped(ctx.actor.unitPath, (tx) => auditRepository.list(tx, filter, limit));
}
