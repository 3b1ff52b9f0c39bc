import { casesRepository, type Database, type Db, type Tx } from '../../db/index.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { invalid } from '../../domain/errors.js';
import {
  formatCaseNo,
  headcountOf,
  maskPhone,
  registrationFlags,
  validateRegistration,
  type RegistrationInput,
} from '../../domain/register/index.js';
import { accusedKey } from '../../domain/repeats/index.js';
import { entrySideEffects, newCaseView } from '../../domain/workflow/index.js';
import { auditRow } from '../audit.js';
import { userIdOf, type ServiceContext } from '../context.js';
import { encryptNullable } from '../crypto/field-crypto.js';
import { newClock, nextDatesOf } from '../deadlines/clocks.js';
import { regionKnown } from '../regions.js';
import { recordReceivingLeaders } from '../rota/rota.js';
import { keyring } from '../runtime.js';
import { caseDetailView, loadCaseDetail } from './case-detail.js';
import { categoryKnown } from './categories.js';
import { petitionerHashes, protectPetitioner } from './protect.js';
import { candidatesOf, caseText, contentBands, scoreCandidates, searchTextOf, type RepeatCandidate } from './repeat-candidates.js';
import { RegistrationQueue } from './registration-queue.js';

export interface RegisterOptions {
  via: 'console' | 'api' | 'import' | 'portal';
  /** Idempotency: an external key registered before returns that case instead of a new one. */
  externalKey?: string | undefined;
  /** More to write in the same transaction once the case exists (the portal's access codes). */
  afterInsert?: ((tx: Tx, caseId: string) => Promise<void>) | undefined;
}

/** A registration checked and prepared (identities protected, keys and bands computed), waiting to be written. */
export type PreparedRegistration = ReturnType<typeof prepare>;
export type RegistrationResult = Awaited<ReturnType<typeof writeRegistrations>>[number];

/**
 * 登记: validates by the domain rules, protects the petitioners' identities, numbers the case (gap-free per unit
 * and year), writes it with its first trail entry and audit entry in one transaction, and offers repeat candidates.
 * Checking and preparing happen here, in the caller's request; the writing goes through the database's
 * registration queue, which writes the registrations that arrive together in one transaction (see
 * RegistrationQueue): throughput is then bounded by statements per batch, not per case.
 */
export async function registerCase(ctx: ServiceContext, input: RegistrationInput, opts: RegisterOptions) {
  return queueOf(ctx.database).submit(prepare(ctx, input, opts));
}

type Looked = Awaited<ReturnType<typeof lookupCandidates>>[number] | undefined;
const queues = new WeakMap<Database, RegistrationQueue<PreparedRegistration, RegistrationResult, Looked>>();
function queueOf(database: Database) {
  let queue = queues.get(database);
  if (!queue) {
    queue = new RegistrationQueue<PreparedRegistration, RegistrationResult, Looked>((items, looked) => writeRegistrations(database, items, looked), {
      // On PostgreSQL the repeat lookup is a stage of its own: the next registrations' candidates are looked up while
      // earlier ones are written, and a write batch takes what several lookups passed on (npm run bench at 1M,
      // concurrency 8, alternated: 200–229 → 217–238/s; at 32, 354 → 375/s). Two write batches at a time: the second
      // numbers and writes while the first commits, and waits only at the case counters of units both hold. PGlite
      // runs one statement at a time anyway: one batch, which looks its candidates up itself.
      inFlight: database.engine === 'postgres' ? 2 : 1,
      ...(database.engine === 'postgres' ? { lookup: (items: PreparedRegistration[]) => lookupCandidates(database, items) } : {}),
      // An idempotency key or a follow-up write in the same transaction is written in exactly its caller's scope
      // (batched only with the same caller's: an import's rows): a case found by its key, or whatever the
      // follow-up reads, must be one that caller may see.
      group: (item) => (item.opts.externalKey || item.opts.afterInsert ? `${item.ctx.actor.unitPath}|${userIdOf(item.ctx) ?? ''}` : undefined),
    });
    queues.set(database, queue);
  }
  return queue;
}

function prepare(ctx: ServiceContext, input: RegistrationInput, opts: RegisterOptions) {
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
  const caller = input.callerNumber?.trim();
  const bands = contentBands(text);
  return {
    ctx,
    input,
    opts,
    now,
    today,
    petitioners,
    accusedRows,
    title,
    text,
    bands,
    // What its repeat candidates are looked up and scored with (the queue's lookup stage, then the write).
    probe: {
      scopePath: ctx.actor.unitPath,
      receivedOn: input.receivedOn,
      petitioners: petitioners.map(petitionerHashes),
      accusedKeys: accusedRows.flatMap((a) => (a.matchKey ? [a.matchKey] : [])),
      text,
      bands,
    },
    callerNumberEnc: encryptNullable(keyring(), caller),
    callerNumberMasked: caller ? maskPhone(caller) : null,
  };
}

/** The narrowest subtree holding every path: the scope a batch of several callers' registrations is written in. */
export function commonScope(paths: string[]) {
  const parts = paths.map((p) => p.split('/').filter(Boolean));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => i < p.length && p[i] === parts[0]![i]); i++) common.push(parts[0]![i]!);
  return `/${common.map((c) => `${c}/`).join('')}`;
}

/**
 * Each registration's repeat candidates, each in its own caller's scope, with what scoring needs of them: on the
 * database's own connection, outside any transaction (one statement for the batch, no role switch inside it).
 */
async function lookupCandidates(database: Database, items: PreparedRegistration[]) {
  return candidatesOf(database.db, items.map((it) => it.probe), true);
}

/**
 * Writes registrations in one transaction with one statement for the cases and one for all their other rows (not a
 * statement per case). Every case goes into its
 * registrar's own unit, which is inside that registrar's scope by construction; the transaction runs under
 * row-level security with the narrowest scope holding all of the batch's units (one caller: exactly theirs), and
 * each case's repeat candidates are found and read in its own caller's scope, before the transaction. Repeat candidates
 * come before the numbers: they need nothing of the new rows, and a unit's case counter stays locked from
 * numbering to commit.
 */
async function writeRegistrations(database: Database, items: PreparedRegistration[], looked: Looked[]) {
  const users = new Set(items.map((it) => userIdOf(it.ctx) ?? ''));
  const scope = commonScope(items.map((it) => it.ctx.actor.unitPath));
  const probes = items.map((it) => it.probe);
  // Looked up by the queue's own stage (PostgreSQL), or here, before the transaction.
  const found = looked.every((l) => l !== undefined) ? (looked as NonNullable<Looked>[]) : await lookupCandidates(database, items);
  return database.scoped(
    scope,
    async (tx) => {
      const done = new Map<PreparedRegistration, Awaited<ReturnType<typeof duplicateOf>>>();
      // Idempotency keys seen before, in one read for the batch (an import's rows come in batches).
      const seen = new Map(
        (await casesRepository.byExternalKeys(tx, items.flatMap((it) => (it.opts.externalKey ? [it.opts.externalKey] : [])))).map((c) => [c.externalKey, c.id]),
      );
      for (const it of items) {
        const existing = it.opts.externalKey ? seen.get(it.opts.externalKey) : undefined;
        if (existing) done.set(it, await duplicateOf(tx, existing));
      }
      const fresh = items.filter((it) => !done.has(it));
      if (!fresh.length) return items.map((it) => done.get(it)!);
      const freshIndex = fresh.map((it) => items.indexOf(it));
      const candidates = scoreCandidates(
        freshIndex.map((i) => probes[i]!),
        freshIndex.map((i) => found[i]!),
      );
      // Numbers first, with the units' rows read in the same statement.
      const wants = fresh.map((it) => ({ unitId: it.ctx.actor.unitId, year: Number(it.today.slice(0, 4)) }));
      const { seqs, units } = await casesRepository.numbered(tx, wants);
      const planned = fresh.map((it, i) => {
        const { unitId, year } = wants[i]!;
        const unitRow = units.get(unitId)!;
        const flags = registrationFlags(it.input, { receivingLevel: unitRow.level, today: it.today });
        // The clocks are known before the row: it is written with their earliest dates once (see nextDatesOf).
        const clocks = entrySideEffects(newCaseView({ pipeline: it.input.pipeline, handlingUnitId: unitRow.id, handlingUnitPath: unitRow.path, realName: flags.realName })).flatMap((e) =>
          e.kind === 'startDeadline' ? [newClock(e.step, it.input.receivedOn)] : [],
        );
        return { it, unitRow, flags, clocks, year };
      });
      const rows = await casesRepository.insertMany(
        tx,
        planned.map(({ it, unitRow, flags, clocks, year }, i) => ({
          caseNo: formatCaseNo(unitRow.code, year, seqs[i]!),
          unitId: unitRow.id,
          unitPath: unitRow.path,
          receivedOn: it.input.receivedOn,
          registeredAt: it.now,
          registeredBy: userIdOf(it.ctx),
          registeredVia: it.opts.via,
          backdateReason: it.input.backdateReason ?? null,
          channel: it.input.channel,
          source: it.input.source,
          pipeline: it.input.pipeline,
          nature: it.input.nature,
          categoryCode: it.input.categoryCode ?? null,
          matterRegionCode: it.input.matterRegionCode ?? null,
          title: it.title,
          summary: it.input.summary ?? null,
          content: it.input.content ?? null,
          demands: it.input.demands ?? null,
          urgency: it.input.urgency ?? 'normal',
          secrecy: it.input.secrecy ?? 'none',
          anonymous: it.input.anonymous,
          realName: flags.realName,
          headcount: Math.max(1, headcountOf(it.input)),
          groupVisit: flags.groupVisit,
          skipLevel: flags.skipLevel.skipLevel,
          callerNumberEnc: it.callerNumberEnc,
          callerNumberMasked: it.callerNumberMasked,
          contentBands: it.bands,
          searchText: searchTextOf(it.text),
          externalKey: it.opts.externalKey ?? null,
          ...nextDatesOf(clocks),
        })),
      );
      // Everything else of the batch in one statement: petitioners, accused, trail, clocks, audit.
      const [petitionerRows, accusedRows] = await casesRepository.insertRegistrationRows(tx, {
        petitioners: planned.flatMap((p, i) => p.it.petitioners.map((x) => ({ ...x, caseId: rows[i]!.id }))),
        accused: planned.flatMap((p, i) => p.it.accusedRows.map((x) => ({ ...x, caseId: rows[i]!.id }))),
        events: planned.map(({ it, flags }, i) => ({
          caseId: rows[i]!.id,
          at: it.now,
          actorName: it.ctx.actor.name,
          actorUserId: userIdOf(it.ctx),
          unitId: it.ctx.actor.unitId,
          action: 'register',
          toState: rows[i]!.state,
          detail: { via: it.opts.via, skipLevelReason: flags.skipLevel.skipLevel ? flags.skipLevel.reason : null },
        })),
        clocks: planned.flatMap((p, i) => p.clocks.map((c) => ({ ...c, caseId: rows[i]!.id }))),
        audits: planned.map(({ it }, i) =>
          auditRow(it.ctx, { action: 'case.register', objectType: 'case', objectId: rows[i]!.id, objectUnitId: rows[i]!.unitId, detail: { caseNo: rows[i]!.caseNo, via: it.opts.via } }),
        ),
      });
      // A visit on a 领导接访 day records the leader on duty; the portal's access code and the like follow.
      await recordReceivingLeaders(tx, rows.filter((row) => row.channel === 'visit'));
      for (const [i, { it }] of planned.entries()) if (it.opts.afterInsert) await it.opts.afterInsert(tx, rows[i]!.id);
      // The answers are built from the rows just written: reading them back cost six statements per case.
      planned.forEach(({ it, unitRow, flags }, i) => {
        const row = rows[i]!;
        const detail = caseDetailView(
          row,
          {
            petitioners: petitionerRows.filter((p) => p.caseId === row.id).sort((a, b) => a.ord - b.ord),
            accused: accusedRows.filter((a) => a.caseId === row.id).sort((a, b) => a.ord - b.ord),
            files: [],
            unitName: unitRow.name,
            registeredByName: it.ctx.actor.kind === 'user' ? it.ctx.actor.name : null,
            repeatOf: undefined,
          },
          false,
        );
        done.set(it, { ...resultView(detail, flags.skipLevel.skipLevel ? flags.skipLevel.reason : null, candidates[i]!), duplicate: false });
      });
      return items.map((it) => done.get(it)!);
    },
    users.size === 1 ? [...users][0] : '',
  );
}

/** An idempotent registration seen before: the case registered then. */
async function duplicateOf(tx: Db, id: string) {
  return { ...resultView(await loadCaseDetail(tx, id, false), null, []), duplicate: true };
}

function resultView(detail: ReturnType<typeof caseDetailView>, skipLevelReason: string | null, repeatCandidates: RepeatCandidate[]) {
  return {
    case: detail,
    flags: { groupVisit: detail.groupVisit, realName: detail.realName, skipLevel: detail.skipLevel, skipLevelReason },
    repeatCandidates,
  };
}
