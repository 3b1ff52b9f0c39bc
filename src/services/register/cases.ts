import { casesRepository, unitsRepository, type CaseFilter, inSequence } from '../../db/index.js';
import { normalizeRegionCode, regionPrefix } from '../../domain/regions/index.js';
import { bigrams } from '../../domain/repeats/index.js';
import { QUEUE_DEFINITIONS, queuesFor } from '../../domain/workflow/index.js';
import type { CaseListQuery, MissingField } from '../../shared/schemas/index.js';
import { invalid, notFound } from '../../domain/errors.js';
import { parseCaseNo } from '../../domain/register/index.js';
import { audit } from '../audit.js';
import { clockSummary, overdueGrade, toChinaDate } from '../../domain/deadlines/index.js';
import { currentCalendar, currentDeadlineSettings } from '../deadlines/calendar.js';
import { deadlinesOf, stopDeadline } from '../deadlines/clocks.js';
import { allowedActionsFor } from '../handling/trail.js';
import { inScope, userIdOf, type ServiceContext } from '../context.js';
import { caseSummaryView, loadCaseDetail } from './case-detail.js';
import { petitionerHashes } from './protect.js';
import { caseText, findRepeatCandidates } from './repeat-candidates.js';

/** Opens a case; every view is audited, and a view of full identities is audited as such. */
export const viewCase = (ctx: ServiceContext, id: string, identity: boolean) =>
  inScope(ctx, async (tx) => {
    const detail = await loadCaseDetail(tx, id, identity);
    const row = (await casesRepository.byId(tx, id))!;
    const clocks = await deadlinesOf(tx, id);
    const allowed = allowedActionsFor(ctx, row, clocks);
    const asClocks = clocks.map((d) => ({ dueOn: d.dueOn, warnOn: d.warnOn, status: d.status, paused: !!d.pausedFrom }));
    const glance = clockSummary(asClocks, toChinaDate(ctx.now()), currentCalendar(), currentDeadlineSettings().overdue);
    await audit(tx, ctx, {
      action: identity ? 'case.viewIdentity' : 'case.view',
      objectType: 'case',
      objectId: id,
      objectUnitId: detail.unitId,
      detail: { caseNo: detail.caseNo },
    });
    return { ...detail, ...glance, allowedActions: allowed };
  });

/** The case behind a scanned or typed case number (the scan box). */
export const findByCaseNo = (ctx: ServiceContext, caseNo: string) =>
  inScope(ctx, async (tx) => {
    if (!parseCaseNo(caseNo)) throw invalid(`「${caseNo.slice(0, 40)}」不是有效的信访编号`);
    const c = await casesRepository.byCaseNo(tx, caseNo.trim());
    if (!c) throw notFound('信访件');
    return { id: c.id, caseNo: c.caseNo };
  });

const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');

/**
 * 信访件 lists: any filter of the list screen, sorted and paged on the server, within the caller's subtree (or a
 * unit of it). A queue (待拟办 …) lists the caller's own unit only. `q` searches title, summary and content in
 * Chinese (character bigrams) and matches a case number exactly. A long list's total is the planner's estimate
 * (`totalEstimated`) unless `count` is 'exact' (an export states its count).
 */
export const listCases = (ctx: ServiceContext, query: Omit<CaseListQuery, 'limit' | 'offset'>, limit: number, offset: number, count: 'estimate' | 'exact' = 'estimate') =>
  inScope(ctx, async (tx) => {
    const { unitId, queue, state, matterRegionCode, matterRegionExact, unitOnly, missing, groupVisit, skipLevel, realName, supervised, q, ...rest } = query;
    if (rest.categoryCode && !rest.pipeline) throw invalid('按问题类别筛选时请同时选择业务类型', [{ field: 'categoryCode', message: '请同时选择业务类型' }]);
    if (matterRegionExact === 'true' && !matterRegionCode) throw invalid('按属地本级筛选时请同时选择问题属地', [{ field: 'matterRegionExact', message: '请同时选择问题属地' }]);
    const scopeUnit = unitId ? await unitsRepository.byId(tx, unitId) : null;
    if (unitId && !scopeUnit) throw notFound('单位');
    const def = queue ? QUEUE_DEFINITIONS[queue] : null;
    const filter: CaseFilter = {
      ...rest,
      today: toChinaDate(ctx.now()),
      unitPath: scopeUnit?.path ?? ctx.actor.unitPath,
      ...(def ? { ownUnitId: ctx.actor.unitId, ...(def.light ? { light: def.light } : def.states.length ? { states: def.states } : { supervised: true }) } : {}),
      ...(state ? { states: [state] } : {}),
      ...(matterRegionCode ? { matterRegionPrefix: regionPrefix(matterRegionCode) ?? matterRegionCode } : {}),
      // 属地本级: the cases placed at the region itself (a county only), not at a place inside it.
      ...(matterRegionCode && matterRegionExact === 'true' ? { matterRegionExact: normalizeRegionCode(matterRegionCode) ?? matterRegionCode } : {}),
      // 本级: the unit's own cases, without its subtree's.
      ...(unitOnly === 'true' ? { unitIdExact: scopeUnit?.id ?? ctx.actor.unitId } : {}),
      ...(missing ? { missing: missing.split(',') as MissingField[] } : {}),
      groupVisit: flag(groupVisit),
      skipLevel: flag(skipLevel),
      realName: flag(realName),
      ...(supervised !== undefined ? { supervised: flag(supervised) } : {}),
      // A case number in the search box finds that case by its number alone (an index lookup, no text search).
      ...(q ? (parseCaseNo(q) ? { caseNo: q.trim() } : { q, searchTokens: [...bigrams(q)] }) : {}),
    };
    const { rows, total, totalCapped, totalEstimated } = await casesRepository.list(tx, filter, limit, offset, undefined, count === 'exact' ? Infinity : undefined);
    const grade = (dueOn: string | null) => (dueOn ? overdueGrade(dueOn, filter.today, currentCalendar(), currentDeadlineSettings().overdue) : null);
    return { items: rows.map((r) => ({ ...caseSummaryView(r.c, r.unitName, r.names), light: r.light, dueOn: r.dueOn, overdueGrade: grade(r.dueOn) })), total, totalCapped, totalEstimated };
  });

/** The caller's work queues with their counts (the console's home page). */
export const queueCounts = (ctx: ServiceContext) =>
  inScope(ctx, async (tx) => {
    const mine = queuesFor(ctx.actor.roles);
    const { counts, supervised } = await casesRepository.countByStates(
      tx,
      ctx.actor.unitId,
      Object.fromEntries(mine.map((q) => [q, QUEUE_DEFINITIONS[q].states])),
    );
    const lights = await casesRepository.countByLight(tx, ctx.actor.unitId, toChinaDate(ctx.now()), ctx.actor.unitPath);
    const count = (q: (typeof mine)[number]) => {
      const light = QUEUE_DEFINITIONS[q].light;
      if (light) return lights[light];
      return q === 'supervised' ? supervised : (counts[q] ?? 0);
    };
    return mine.map((q) => ({ queue: q, label: QUEUE_DEFINITIONS[q].label, count: count(q) }));
  });

/** Repeat candidates of an existing case, computed again (on demand). */
export const repeatCandidatesOf = (ctx: ServiceContext, id: string) =>
  inScope(ctx, async (tx) => {
    const c = await casesRepository.byId(tx, id);
    if (!c) throw notFound('信访件');
    const [ps, as] = await inSequence([() => casesRepository.petitioners(tx, id), () => casesRepository.accused(tx, id)]);
    const [candidates] = await findRepeatCandidates(tx, [{
      id,
      scopePath: ctx.actor.unitPath,
      receivedOn: c.receivedOn,
      petitioners: ps.map(petitionerHashes),
      accusedKeys: as.flatMap((a) => (a.matchKey ? [a.matchKey] : [])),
      text: caseText(c),
      bands: c.contentBands,
    }]);
    return candidates!;
  });

/**
 * The registrar's decision on repeats: link the case as a repeat of an earlier one, or confirm it new.
 * Links are never merged or deleted; undoing keeps the history.
 */
export const decideRepeat = (ctx: ServiceContext, id: string, decision: { repeatOf: string } | { isNew: true }, reason?: string) =>
  inScope(ctx, async (tx) => {
    const c = await casesRepository.byId(tx, id);
    if (!c) throw notFound('信访件');
    const now = ctx.now();
    await casesRepository.undoLinks(tx, id, 'repeatOf', ctx.actor.name, now);
    if ('repeatOf' in decision) {
      if (decision.repeatOf === id) throw invalid('不能把信访件认定为它自己的重复件');
      const earlier = await casesRepository.byId(tx, decision.repeatOf);
      if (!earlier) throw notFound('被重复的信访件');
      if (earlier.receivedOn > c.receivedOn) throw invalid('只能认定为更早信访件的重复件');
      // Same day both ways would make a loop: follow the earlier case's own chain and refuse if it leads back here.
      for (let at = earlier, steps = 0; at.repeatOf && steps < 100; steps++) {
        if (at.repeatOf === id) throw invalid(`${earlier.caseNo} 已被认定为本件的重复件，不能再把本件认定为它的重复件`);
        const next = await casesRepository.byId(tx, at.repeatOf);
        if (!next) break;
        at = next;
      }
      await casesRepository.insertLink(tx, { fromCaseId: id, toCaseId: earlier.id, kind: 'repeatOf', reason: reason ?? null, createdBy: ctx.actor.name, createdAt: now });
      await casesRepository.update(tx, id, { repeatStatus: 'repeat', repeatOf: earlier.id, repeatCount: earlier.repeatCount + 1 });
      // 重复检举控告 by a real-name reporter: filed without a new acceptance notice (规则第十七条).
      if (c.pipeline === 'discipline' && c.realName) await stopDeadline(tx, id, 'realNameAcceptNotice', toChinaDate(now));
    } else {
      await casesRepository.update(tx, id, { repeatStatus: 'new', repeatOf: null, repeatCount: 0 });
    }
    await casesRepository.appendEvent(tx, {
      caseId: id,
      at: now,
      actorName: ctx.actor.name,
      actorUserId: userIdOf(ctx),
      unitId: ctx.actor.unitId,
      action: 'repeatOf' in decision ? 'markRepeat' : 'confirmNew',
      opinion: reason ?? null,
      detail: 'repeatOf' in decision ? { repeatOf: decision.repeatOf } : null,
    });
    await audit(tx, ctx, { action: 'repeatOf' in decision ? 'case.markRepeat' : 'case.confirmNew', objectType: 'case', objectId: id, objectUnitId: c.unitId, detail: { ...decision } });
    return loadCaseDetail(tx, id, false);
  });

export const undoRepeat = (ctx: ServiceContext, id: string, reason: string) =>
  inScope(ctx, async (tx) => {
    const c = await casesRepository.byId(tx, id);
    if (!c) throw notFound('信访件');
    if (c.repeatStatus !== 'repeat') throw invalid('该信访件未被认定为重复件');
    const now = ctx.now();
    await casesRepository.undoLinks(tx, id, 'repeatOf', ctx.actor.name, now);
    await casesRepository.update(tx, id, { repeatStatus: 'unchecked', repeatOf: null, repeatCount: 0 });
    await casesRepository.appendEvent(tx, { caseId: id, at: now, actorName: ctx.actor.name, actorUserId: userIdOf(ctx), unitId: ctx.actor.unitId, action: 'undoRepeat', opinion: reason });
    await audit(tx, ctx, { action: 'case.undoRepeat', objectType: 'case', objectId: id, objectUnitId: c.unitId, detail: { reason } });
    return loadCaseDetail(tx, id, false);
  });
