import { eq } from 'drizzle-orm';
import { casesRepository, unitsRepository, type CaseRow, type Db, type UnitRow, inSequence } from '../../db/index.js';
import { accused, attachment, petitioner } from '../../db/schema/index.js';
import { invalid, notFound } from '../../domain/errors.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { formatCaseNo } from '../../domain/register/index.js';
import { entrySideEffects, type CaseState } from '../../domain/workflow/index.js';
import { startDeadline } from '../deadlines/clocks.js';
import { caseViewOf } from './case-view.js';

export type Relation = 'assign' | 'transfer' | 'escalate';
const LINK_KIND = { assign: 'assignedTo', transfer: 'transferredTo', escalate: 'escalatedTo' } as const;

/** Which units a case may go to: 交办 down the tree, 上报 up it, 转办 to any other unit. */
function checkTarget(relation: Relation, from: UnitRow, to: UnitRow) {
  if (!to.active) throw invalid('接收单位已停用', [{ field: 'targetUnitId', message: '接收单位已停用' }]);
  if (to.id === from.id) throw invalid('不能转交给本单位', [{ field: 'targetUnitId', message: '不能转交给本单位' }]);
  const below = to.path.startsWith(from.path);
  const above = from.path.startsWith(to.path);
  if (relation === 'assign' && !below) throw invalid('交办只能交给下级单位', [{ field: 'targetUnitId', message: '交办只能交给下级单位' }]);
  if (relation === 'escalate' && !above) throw invalid('上报只能报送上级单位', [{ field: 'targetUnitId', message: '上报只能报送上级单位' }]);
}

/**
 * 交办 / 转办 / 上报: a new case in the receiving unit's queue, with its own number, the same content and
 * petitioners (still encrypted), linked both ways. Runs beyond the sender's scope (the caller wraps it).
 */
export async function createLinkedCase(tx: Db, source: CaseRow, relation: Relation, targetUnitId: string, initialState: CaseState, now: Date, actorName: string) {
  const [from, to] = await inSequence([() => unitsRepository.byId(tx, source.unitId), () => unitsRepository.byId(tx, targetUnitId)]);
  if (!to || !from) throw notFound('接收单位');
  checkTarget(relation, from, to);
  const today = toChinaDate(now);
  const year = Number(today.slice(0, 4));
  const seq = await casesRepository.nextSeq(tx, to.id, year);
  const { id: _id, caseNo: _no, unitId: _u, unitPath: _p, externalKey: _k, createdAt: _c, updatedAt: _up, version: _v, nextDueOn: _due, nextWarnOn: _warn, reviewUnitId: _ru, reviewUnitPath: _rp, ...content } = source; // its own clocks and review
  const created = await casesRepository.insert(tx, {
    ...content,
    caseNo: formatCaseNo(to.code, year, seq),
    unitId: to.id,
    unitPath: to.path,
    registeredAt: now,
    registeredVia: source.registeredVia,
    state: initialState,
    priorState: null,
    extensionUsed: false,
    extensionPending: false,
    supervised: false,
    sourceCaseId: source.id,
    sourceRelation: relation,
    externalKey: null,
  });
  const ps = await tx.select().from(petitioner).where(eq(petitioner.caseId, source.id));
  if (ps.length) await tx.insert(petitioner).values(ps.map(({ id: _pid, ...p }) => ({ ...p, caseId: created.id })));
  const as = await tx.select().from(accused).where(eq(accused.caseId, source.id));
  if (as.length) await tx.insert(accused).values(as.map(({ id: _aid, ...a }) => ({ ...a, caseId: created.id })));
  const files = await tx.select().from(attachment).where(eq(attachment.caseId, source.id));
  if (files.length) await tx.insert(attachment).values(files.map(({ id: _fid, ...f }) => ({ ...f, caseId: created.id })));
  await casesRepository.insertLink(tx, { fromCaseId: source.id, toCaseId: created.id, kind: LINK_KIND[relation], createdBy: actorName, createdAt: now });
  await casesRepository.appendEvent(tx, {
    caseId: created.id,
    at: now,
    actorName,
    unitId: from.id,
    action: 'arrive',
    toState: initialState,
    detail: { from: { caseId: source.id, caseNo: source.caseNo, unitName: from.name }, relation },
  });
  if (initialState === 'registered' || initialState === 'pendingAcceptance') {
    for (const e of entrySideEffects({ ...caseViewOf(created), state: initialState }))
      if (e.kind === 'startDeadline') await startDeadline(tx, created.id, e.step, today);
  }
  return { created, to };
}

/** 上报: the sender keeps only that it was sent, when and to whom; content and identities are removed here. */
export async function restrictRecord(tx: Db, c: CaseRow, to: { name: string; caseNo: string }) {
  await tx.delete(petitioner).where(eq(petitioner.caseId, c.id));
  await tx.delete(accused).where(eq(accused.caseId, c.id));
  await tx.delete(attachment).where(eq(attachment.caseId, c.id));
  await casesRepository.update(tx, c.id, {
    restricted: true,
    title: `已上报${to.name}（${to.caseNo}）`,
    summary: null,
    content: null,
    demands: null,
    callerNumberEnc: null,
    callerNumberMasked: null,
    contentBands: [],
    searchVector: null,
    categoryCode: null,
  });
}
