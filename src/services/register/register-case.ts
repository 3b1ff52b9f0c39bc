import { casesRepository, inSequence, unitsRepository, type Db, type Tx } from '../../db/index.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { invalid } from '../../domain/errors.js';
import {
  formatCaseNo,
  headcountOf,
  registrationFlags,
  validateRegistration,
  type RegistrationInput,
} from '../../domain/register/index.js';
import { accusedKey } from '../../domain/repeats/index.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { encryptNullable } from '../crypto/field-crypto.js';
import { maskPhone } from '../../domain/register/index.js';
import { regionKnown } from '../regions.js';
import { entrySideEffects, type CaseView } from '../../domain/workflow/index.js';
import { insertNewClocks, newClock, nextDatesOf } from '../deadlines/clocks.js';
import { keyring } from '../runtime.js';
import { recordReceivingLeader } from '../rota/rota.js';
import { categoryKnown } from './categories.js';
import { caseDetailView, loadCaseDetail } from './case-detail.js';
import { petitionerHashes, protectPetitioner } from './protect.js';
import { caseText, contentBands, findRepeatCandidates, searchVectorOf } from './repeat-candidates.js';

export interface RegisterOptions {
  via: 'console' | 'api' | 'import' | 'portal';
  /** Idempotency: an external key registered before returns that case instead of a new one. */
  externalKey?: string | undefined;
  /** More to write in the same transaction once the case exists (the portal's access codes). */
  afterInsert?: ((tx: Tx, caseId: string) => Promise<void>) | undefined;
}

/**
 * 登记: validates by the domain rules, protects the petitioners' identities, numbers the case (gap-free per unit
 * and year), writes it with its first trail entry and audit entry in one transaction, and offers repeat candidates.
 */
export async function registerCase(ctx: ServiceContext, input: RegistrationInput, opts: RegisterOptions) {
  const now = ctx.now();
  const today = toChinaDate(now);
  const errors = validateRegistration(input, { today, isKnownRegion: regionKnown, isKnownCategory: categoryKnown });
  if (errors.length) throw invalid(`登记信息有误：${errors.map((e) => e.message).join('；')}`, errors);

  const petitioners = input.petitioners.map((p, i) => protectPetitioner(p, i));
  const accusedRows = input.accused.map((a, i) => ({
    ord: i,
    kind: a.kind ?? 'person',
    name: a.name ?? null,
    unitName: a.unit ?? null,
    position: a.position ?? null,
    rank: a.rank ?? null,
    isUnitChief: a.isUnitChief ?? false,
    regionCode: a.regionCode ?? null,
    matchKey: accusedKey({ kind: a.kind, name: a.name, unit: a.unit }),
  }));
  const title = input.title?.trim() || (input.summary ?? input.content ?? '').trim().slice(0, 30) || '（无标题）';
  const text = caseText({ title, summary: input.summary, content: input.content });
  const bands = contentBands(text);

  return inScope(ctx, async (tx) => {
    if (opts.externalKey) {
      const existing = await casesRepository.byExternalKey(tx, opts.externalKey);
      if (existing) return { ...(await resultOf(tx, existing.id, null, [])), duplicate: true };
    }
    // Repeat candidates before the number: they need nothing of the new row, and the unit's case counter stays
    // locked from nextSeq to commit, so whatever runs after it holds up the unit's other registrations.
    const candidates = await findRepeatCandidates(tx, {
      receivedOn: input.receivedOn,
      petitioners: petitioners.map(petitionerHashes),
      accusedKeys: accusedRows.flatMap((a) => (a.matchKey ? [a.matchKey] : [])),
      text,
      bands,
    });
    const unitRow = (await unitsRepository.byId(tx, ctx.actor.unitId))!;
    const flags = registrationFlags(input, { receivingLevel: unitRow.level, today });
    // The clocks are known before the row: it is written with their earliest dates once (see nextDatesOf).
    const clocks = entrySideEffects(newCaseView(input, unitRow, flags.realName)).flatMap((e) =>
      e.kind === 'startDeadline' ? [newClock(e.step, input.receivedOn)] : [],
    );
    const year = Number(today.slice(0, 4));
    const seq = await casesRepository.nextSeq(tx, unitRow.id, year);
    const caller = input.callerNumber?.trim();
    const row = await casesRepository.insert(tx, {
      caseNo: formatCaseNo(unitRow.code, year, seq),
      unitId: unitRow.id,
      unitPath: unitRow.path,
      receivedOn: input.receivedOn,
      registeredAt: now,
      registeredBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      registeredVia: opts.via,
      backdateReason: input.backdateReason ?? null,
      channel: input.channel,
      source: input.source,
      pipeline: input.pipeline,
      nature: input.nature,
      categoryCode: input.categoryCode ?? null,
      matterRegionCode: input.matterRegionCode ?? null,
      title,
      summary: input.summary ?? null,
      content: input.content ?? null,
      demands: input.demands ?? null,
      urgency: input.urgency ?? 'normal',
      secrecy: input.secrecy ?? 'none',
      anonymous: input.anonymous,
      realName: flags.realName,
      headcount: Math.max(1, headcountOf(input)),
      groupVisit: flags.groupVisit,
      skipLevel: flags.skipLevel.skipLevel,
      callerNumberEnc: encryptNullable(keyring(), caller),
      callerNumberMasked: caller ? maskPhone(caller) : null,
      contentBands: bands,
      searchVector: searchVectorOf(text),
      externalKey: opts.externalKey ?? null,
      ...nextDatesOf(clocks),
    });
    const [petitionerRows, accusedRowsSaved] = await inSequence([
      () => casesRepository.insertPetitioners(tx, petitioners.map((p) => ({ ...p, caseId: row.id }))),
      () => casesRepository.insertAccused(tx, accusedRows.map((a) => ({ ...a, caseId: row.id }))),
    ]);
    await casesRepository.appendEvent(tx, {
      caseId: row.id,
      at: now,
      actorName: ctx.actor.name,
      actorUserId: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      unitId: ctx.actor.unitId,
      action: 'register',
      toState: row.state,
      detail: { via: opts.via, skipLevelReason: flags.skipLevel.skipLevel ? flags.skipLevel.reason : null },
    });
    await insertNewClocks(tx, row.id, clocks);
    // A visit on a 领导接访 day records the leader on duty.
    if (row.channel === 'visit') await recordReceivingLeader(tx, row);
    if (opts.afterInsert) await opts.afterInsert(tx, row.id);
    await audit(tx, ctx, { action: 'case.register', objectType: 'case', objectId: row.id, objectUnitId: row.unitId, detail: { caseNo: row.caseNo, via: opts.via } });
    // The response is built from the rows just written: reading them back cost six statements per registration.
    const detail = caseDetailView(
      row,
      { petitioners: petitionerRows.sort((a, b) => a.ord - b.ord), accused: accusedRowsSaved.sort((a, b) => a.ord - b.ord), files: [], unitName: unitRow.name, registeredByName: ctx.actor.kind === 'user' ? ctx.actor.name : null, repeatOf: undefined },
      false,
    );
    return { ...resultView(detail, flags.skipLevel.skipLevel ? flags.skipLevel.reason : null, candidates), duplicate: false };
  });
}

/** The workflow's view of a case about to be registered (state 登记, nothing handled yet). */
const newCaseView = (input: RegistrationInput, unitRow: { id: string; path: string }, realName: boolean): CaseView & { state: 'registered' } => ({
  state: 'registered',
  pipeline: input.pipeline,
  handlingUnitId: unitRow.id,
  handlingUnitPath: unitRow.path,
  realName,
  isRepeat: false,
  extensionUsed: false,
  extensionPending: false,
  priorState: null,
  sourceRelation: null,
  reReviewedBefore: false,
  reviewRequestDueDate: null,
  reReviewRequestDueDate: null,
});

async function resultOf(tx: Db, id: string, skipLevelReason: string | null, repeatCandidates: Awaited<ReturnType<typeof findRepeatCandidates>>) {
  return resultView(await loadCaseDetail(tx, id, false), skipLevelReason, repeatCandidates);
}

function resultView(detail: ReturnType<typeof caseDetailView>, skipLevelReason: string | null, repeatCandidates: Awaited<ReturnType<typeof findRepeatCandidates>>) {
  return {
    case: detail,
    flags: { groupVisit: detail.groupVisit, realName: detail.realName, skipLevel: detail.skipLevel, skipLevelReason },
    repeatCandidates,
  };
}
