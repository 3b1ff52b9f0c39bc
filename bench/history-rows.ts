// Rows of the history exactly as registerCase writes them: the same helpers protect the petitioners, key the
// accused and band the text, so the repeat check meets the same data it would meet in production.
import { randomUUID } from 'node:crypto';
import type { CaseRow } from '../src/db/index.js';
import { dueDate, ruleFor, toChinaDate } from '../src/domain/deadlines/index.js';
import { headcountOf, maskPhone, registrationFlags } from '../src/domain/register/index.js';
import { accusedKey, bigrams } from '../src/domain/repeats/index.js';
import { entrySideEffects } from '../src/domain/workflow/index.js';
import { encryptNullable } from '../src/services/crypto/field-crypto.js';
import { currentCalendar, currentRules } from '../src/services/deadlines/calendar.js';
import { caseViewOf } from '../src/services/handling/case-view.js';
import { protectPetitioner } from '../src/services/register/protect.js';
import { caseText, contentBands } from '../src/services/register/repeat-candidates.js';
import { keyring } from '../src/services/runtime.js';
import type { PlannedCase } from './generate.js';
import type { BenchUnit } from './units.js';

export interface UnitRef {
  id: string;
  path: string;
  unit: BenchUnit;
  /** The registrar account of the unit (registered_by), if it has one. */
  registrar: { id: string; name: string } | null;
}

/** Column-wise batches, ready for `INSERT … SELECT * FROM unnest($1::…[], …)`. */
export class RowBatch {
  cases: unknown[][] = Array.from({ length: 28 }, () => []);
  petitioners: unknown[][] = Array.from({ length: 20 }, () => []);
  accused: unknown[][] = Array.from({ length: 10 }, () => []);
  events: unknown[][] = Array.from({ length: 8 }, () => []);
  audits: unknown[][] = Array.from({ length: 10 }, () => []);
  deadlines: unknown[][] = Array.from({ length: 7 }, () => []);
  size = 0;
}

const push = (cols: unknown[][], values: unknown[]) => values.forEach((v, i) => cols[i]!.push(v));
const bool = (b: boolean) => (b ? 't' : 'f');

/** Adds one planned case (with its petitioners, accused, trail and audit entry); returns the case id. */
export function addCase(batch: RowBatch, c: PlannedCase, ref: UnitRef): string {
  const input = c.input;
  const id = randomUUID();
  const receivedOn = input.receivedOn;
  const flags = registrationFlags(input, {
    receivingLevel: ref.unit.level,
    today: toChinaDate(c.registeredAt),
  });
  const title =
    input.title?.trim() || (input.summary ?? input.content ?? '').trim().slice(0, 30) || '（无标题）';
  const text = caseText({ title, summary: input.summary, content: input.content });
  const bands = contentBands(text);
  const caller = input.callerNumber?.trim();
  const actorName =
    c.via === 'console'
      ? (ref.registrar?.name ?? '登记员')
      : c.via === 'api'
        ? '接口令牌：短信平台'
        : '网上信访平台';
  const by = c.via === 'console' ? (ref.registrar?.id ?? null) : null;
  push(batch.cases, [
    id,
    c.caseNo,
    ref.id,
    ref.path,
    receivedOn,
    c.registeredAt,
    by,
    c.via,
    input.channel,
    input.source,
    input.pipeline,
    input.nature,
    input.categoryCode ?? null,
    input.matterRegionCode ?? null,
    title,
    input.summary ?? null,
    input.content ?? null,
    input.demands ?? null,
    input.urgency ?? 'normal',
    bool(input.anonymous),
    bool(flags.realName),
    Math.max(1, headcountOf(input)),
    bool(flags.groupVisit),
    bool(flags.skipLevel.skipLevel),
    encryptNullable(keyring(), caller),
    caller ? maskPhone(caller) : null,
    `{${bands.join(',')}}`,
    // searchVectorOf(text) computes to_tsvector('simple', <bigrams>) in the database; the loader does the same.
    [...bigrams(text)].join(' '),
  ]);
  // The clocks registration starts (entrySideEffects of 'registered'), computed as startDeadline does.
  const view = caseViewOf({
    state: 'registered',
    pipeline: input.pipeline,
    unitId: ref.id,
    unitPath: ref.path,
    realName: flags.realName,
    repeatStatus: 'unchecked',
    extensionUsed: false,
    extensionPending: false,
    priorState: null,
    sourceRelation: null,
    reReviewedBefore: false,
  } as CaseRow);
  for (const e of entrySideEffects({ ...view, state: 'registered' })) {
    if (e.kind !== 'startDeadline') continue;
    const rule = ruleFor(e.step, currentRules());
    const due = dueDate(rule, receivedOn, currentCalendar());
    push(batch.deadlines, [id, e.step, rule.days, rule.unit, receivedOn, due.due, bool(due.provisional)]);
  }
  input.petitioners.forEach((p, i) => {
    const r = protectPetitioner(p, i);
    push(batch.petitioners, [
      randomUUID(),
      id,
      r.ord,
      bool(r.isPrimary),
      bool(r.isRepresentative),
      r.nameEnc,
      r.nameMasked,
      r.sex,
      r.idNumberEnc,
      r.idNumberMasked,
      r.phonesEnc,
      r.phonesMasked,
      r.addressEnc,
      r.addressMasked,
      r.regionCode,
      r.workUnit,
      r.occupation,
      r.idHash,
      `{${r.phoneHashes.join(',')}}`,
      r.nameAddressHash,
    ]);
  });
  input.accused.forEach((a, i) => {
    push(batch.accused, [
      id,
      i,
      a.kind ?? 'person',
      a.name ?? null,
      a.unit ?? null,
      a.position ?? null,
      a.rank ?? null,
      bool(a.isUnitChief ?? false),
      a.regionCode ?? null,
      accusedKey({ kind: a.kind, name: a.name, unit: a.unit }),
    ]);
  });
  const skipLevelReason = flags.skipLevel.skipLevel ? flags.skipLevel.reason : null;
  push(batch.events, [
    id,
    c.registeredAt,
    actorName,
    by,
    ref.id,
    'register',
    'registered',
    JSON.stringify({ via: c.via, skipLevelReason }),
  ]);
  push(batch.audits, [
    c.registeredAt,
    by,
    actorName,
    ref.id,
    'case.register',
    'case',
    id,
    ref.id,
    JSON.stringify({ caseNo: c.caseNo, via: c.via }),
    null,
  ]);
  batch.size++;
  return id;
}

/** One statement per batch (data-modifying CTEs), so the server works on it while the next batch is built. */
export const INSERT_BATCH = `
with c as (
  insert into cases (id, case_no, unit_id, unit_path, received_on, registered_at, registered_by, registered_via, channel, source,
    pipeline, nature, category_code, matter_region_code, title, summary, content, demands, urgency, anonymous, real_name, headcount,
    group_visit, skip_level, caller_number_enc, caller_number_masked, content_bands, search_vector)
  select c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20::bool, c21::bool, c22, c23::bool,
    c24::bool, c25, c26, c27::int4[], to_tsvector('simple', c28)
  from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::date[], $6::timestamptz[], $7::uuid[], $8::text[], $9::text[],
    $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[],
    $20::text[], $21::text[], $22::int4[], $23::text[], $24::text[], $25::text[], $26::text[], $27::text[], $76::text[])
    as t(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28)
), p as (
  insert into petitioner (id, case_id, ord, is_primary, is_representative, name_enc, name_masked, sex, id_number_enc, id_number_masked,
    phones_enc, phones_masked, address_enc, address_masked, region_code, work_unit, occupation, id_hash, phone_hashes, name_address_hash)
  select p1, p2, p3, p4::bool, p5::bool, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19::text[], p20
  from unnest($28::uuid[], $29::uuid[], $30::int4[], $31::text[], $32::text[], $33::text[], $34::text[], $35::text[], $36::text[],
    $37::text[], $38::text[], $39::text[], $40::text[], $41::text[], $42::text[], $43::text[], $44::text[], $45::text[], $46::text[],
    $47::text[])
    as t(p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20)
), a as (
  insert into accused (case_id, ord, kind, name, unit_name, position, rank, is_unit_chief, region_code, match_key)
  select a1, a2, a3, a4, a5, a6, a7, a8::bool, a9, a10
  from unnest($48::uuid[], $49::int4[], $50::text[], $51::text[], $52::text[], $53::text[], $54::text[], $55::text[], $56::text[],
    $57::text[]) as t(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10)
), e as (
  insert into case_event (case_id, at, actor_name, actor_user_id, unit_id, action, to_state, detail)
  select e1, e2, e3, e4, e5, e6, e7, e8::jsonb
  from unnest($58::uuid[], $59::timestamptz[], $60::text[], $61::uuid[], $62::uuid[], $63::text[], $64::text[], $65::text[])
    as t(e1, e2, e3, e4, e5, e6, e7, e8)
), d as (
  insert into case_deadline (case_id, step, days, day_unit, start_on, due_on, original_due_on, provisional)
  select d1, d2, d3, d4, d5, d6, d6, d7::bool
  from unnest($77::uuid[], $78::text[], $79::int4[], $80::text[], $81::date[], $82::date[], $83::text[]) as t(d1, d2, d3, d4, d5, d6, d7)
)
insert into audit_entry (at, actor_user_id, actor_name, unit_id, action, object_type, object_id, object_unit_id, detail, ip)
select u1, u2, u3, u4, u5, u6, u7, u8, u9::jsonb, u10
from unnest($66::timestamptz[], $67::uuid[], $68::text[], $69::uuid[], $70::text[], $71::text[], $72::text[], $73::uuid[], $74::text[],
  $75::text[]) as t(u1, u2, u3, u4, u5, u6, u7, u8, u9, u10)`;

/** Parameters in the statement's order: the case columns but the last ($1–$27), the other tables, the search text ($76), deadlines. */
export const batchParams = (b: RowBatch) => [
  ...b.cases.slice(0, 27),
  ...b.petitioners,
  ...b.accused,
  ...b.events,
  ...b.audits,
  b.cases[27]!,
  ...b.deadlines,
];
