import { asc, eq } from 'drizzle-orm';
import { casesRepository } from '../../db/index.js';
import { portalMessage } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { audit } from '../audit.js';
import { inScope, userIdOf, type ServiceContext } from '../context.js';

/** The office asks the reporter something; it shows at the reporter's next query. */
export const messageReporter = (ctx: ServiceContext, caseId: string, body: string) =>
  inScope(ctx, async (tx) => {
    const c = await casesRepository.byId(tx, caseId);
    if (!c) throw notFound('信访件');
    const now = ctx.now();
    await tx.insert(portalMessage).values({ caseId, sender: 'office', authorName: '工作人员', body, createdAt: now });
    await casesRepository.appendEvent(tx, { caseId, at: now, actorName: ctx.actor.name, actorUserId: userIdOf(ctx), unitId: ctx.actor.unitId, action: 'messageReporter', opinion: body });
    await audit(tx, ctx, { action: 'case.messageReporter', objectType: 'case', objectId: caseId, objectUnitId: c.unitId });
  });

export const portalMessagesOf = (ctx: ServiceContext, caseId: string) =>
  inScope(ctx, async (tx) => {
    if (!(await casesRepository.byId(tx, caseId))) throw notFound('信访件');
    const rows = await tx.select().from(portalMessage).where(eq(portalMessage.caseId, caseId)).orderBy(asc(portalMessage.createdAt));
    return rows.map((m) => ({ id: m.id, sender: m.sender, authorName: m.authorName, body: m.body, createdAt: m.createdAt.toISOString() }));
  });
