// Rows of the history exactly as registerCase writes them: the same helpers protect the petitioners, key the
// accused and band the text, so the repeat check meets the same data it would meet in production.
import { randomUUID } from 'node:crypto';
import type { CaseRow } from '../src/db/index.js';
import { addDays, dueDate, ruleFor, toChinaDate, warnFrom } from '../src/domain/deadlines/index.js';
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

/** The columns loaded per table, in the order `addCase` pushes values; `expr` wraps the unnested value. */
// prettier-ignore
const COLUMNS = {
  cases: [
    ['id', 'uuid'],
    ['case_no', 'text'],
    ['unit_id', 'uuid'],
    ['unit_path', 'text'],
    ['received_on', 'date'],
    ['registered_at', 'timestamptz'],
    ['registered_by', 'uuid'],
    ['registered_via', 'text'],
    ['channel', 'text'],
    ['source', 'text'],
    ['pipeline', 'text'],
    ['nature', 'text'],
    ['category_code', 'text'],
    ['matter_region_code', 'text'],
    ['title', 'text'],
    ['summary', 'text'],
    ['content', 'text'],
    ['demands', 'text'],
    ['urgency', 'text'],
    ['anonymous', 'bool'],
    ['real_name', 'bool'],
    ['headcount', 'int4'],
    ['group_visit', 'bool'],
    ['skip_level', 'bool'],
    ['caller_number_enc', 'text'],
    ['caller_number_masked', 'text'],
    ['content_bands', 'int4[]'],
    // to_tsvector('simple', searchTextOf(text)) computed by the database, as insertMany does: the same here.
    ['search_vector', 'text', "to_tsvector('simple', $)"],
    ['state', 'text'],
  ],
  petitioner: [
    ['id', 'uuid'],
    ['case_id', 'uuid'],
    ['ord', 'int4'],
    ['is_primary', 'bool'],
    ['is_representative', 'bool'],
    ['name_enc', 'text'],
    ['name_masked', 'text'],
    ['sex', 'text'],
    ['id_number_enc', 'text'],
    ['id_number_masked', 'text'],
    ['phones_enc', 'text'],
    ['phones_masked', 'text'],
    ['address_enc', 'text'],
    ['address_masked', 'text'],
    ['region_code', 'text'],
    ['work_unit', 'text'],
    ['occupation', 'text'],
    ['id_hash', 'text'],
    ['phone_hashes', 'text[]'],
    ['name_address_hash', 'text'],
  ],
  accused: [
    ['case_id', 'uuid'],
    ['ord', 'int4'],
    ['kind', 'text'],
    ['name', 'text'],
    ['unit_name', 'text'],
    ['position', 'text'],
    ['rank', 'text'],
    ['is_unit_chief', 'bool'],
    ['region_code', 'text'],
    ['match_key', 'text'],
  ],
  case_event: [
    ['case_id', 'uuid'],
    ['at', 'timestamptz'],
    ['actor_name', 'text'],
    ['actor_user_id', 'uuid'],
    ['unit_id', 'uuid'],
    ['action', 'text'],
    ['to_state', 'text'],
    ['detail', 'jsonb'],
  ],
  audit_entry: [
    ['at', 'timestamptz'],
    ['actor_user_id', 'uuid'],
    ['actor_name', 'text'],
    ['unit_id', 'uuid'],
    ['action', 'text'],
    ['object_type', 'text'],
    ['object_id', 'text'],
    ['object_unit_id', 'uuid'],
    ['detail', 'jsonb'],
    ['ip', 'text'],
  ],
  case_deadline: [
    ['case_id', 'uuid'],
    ['step', 'text'],
    ['days', 'int4'],
    ['day_unit', 'text'],
    ['start_on', 'date'],
    ['due_on', 'date'],
    ['warn_on', 'date'],
    ['original_due_on', 'date'],
    ['provisional', 'bool'],
    ['status', 'text'],
    ['completed_on', 'date'],
    ['on_time', 'bool'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string, string?])[]>;
type Table = keyof typeof COLUMNS;
const TABLES = Object.keys(COLUMNS) as Table[];

/** Column-wise batches, one array per column, for `INSERT … SELECT … FROM unnest($1::…[], …)`. */
export class RowBatch {
  cols = Object.fromEntries(TABLES.map((t) => [t, COLUMNS[t].map(() => [] as unknown[])])) as Record<
    Table,
    unknown[][]
  >;
  size = 0;
}

/**
 * One statement per batch (data-modifying CTEs, one per table), so the server works on it while the next batch is
 * built. Arrays of arrays (bands, phone hashes) travel as array literals in text[] and are cast per row.
 */
export const INSERT_BATCH = (() => {
  let n = 0;
  const parts = TABLES.map((t) => {
    const cols = COLUMNS[t] as readonly (readonly [string, string, string?])[];
    const params = cols.map(
      ([, type]) => `$${++n}::${type.endsWith('[]') || type === 'jsonb' ? 'text' : type}[]`,
    );
    const values = cols.map(([, type, expr], i) => {
      const v = type.endsWith('[]') || type === 'jsonb' ? `v${i}::${type}` : `v${i}`;
      return expr ? expr.replace('$', v) : v;
    });
    return `insert into ${t} (${cols.map(([c]) => c).join(', ')}) select ${values.join(', ')} from unnest(${params.join(', ')}) as t(${cols.map((_, i) => `v${i}`).join(', ')})`;
  });
  const last = parts.pop()!;
  return `with ${parts.map((p, i) => `t${i} as (${p})`).join(',\n')}\n${last}`;
})();

export const batchParams = (b: RowBatch) => TABLES.flatMap((t) => b.cols[t]);

/** History cases received this many days before the history's last day or earlier are settled (archived). */
export const SETTLED_AFTER_DAYS = 10;

const push = (cols: unknown[][], values: unknown[]) => values.forEach((v, i) => cols[i]!.push(v));
const bool = (b: boolean) => (b ? 't' : 'f');

/**
 * Adds one planned case with its petitioners, accused, trail, clocks and audit entry; returns the case id.
 * Cases received before `settledBefore` are stored as handled long ago: archived, their clocks stopped. Only the
 * registration is written as such (the handling trail between is left out: registration and the repeat check do
 * not read it); a history of a million cases whose every clock still ran would be no installation's.
 */
export function addCase(batch: RowBatch, c: PlannedCase, ref: UnitRef, settledBefore: string): string {
  const input = c.input;
  const id = randomUUID();
  const receivedOn = input.receivedOn;
  const settled = receivedOn < settledBefore;
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
  push(batch.cols.cases, [
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
    [...bigrams(text)].join(' '),
    settled ? 'archived' : 'registered',
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
    // A settled case met its registration clocks (1 in 20 late), as the handling would have frozen them.
    const late = c.index % 20 === 7;
    const done = settled ? addDays(due.due, late ? 3 : -Math.min(rule.days - 1, 2 + (c.index % 5))) : null;
    push(batch.cols.case_deadline, [
      id,
      e.step,
      rule.days,
      rule.unit,
      receivedOn,
      due.due,
      warnFrom(due.due, rule, currentCalendar()),
      due.due,
      bool(due.provisional),
      settled ? (late ? 'missed' : 'met') : 'running',
      done,
      settled ? bool(!late) : null,
    ]);
  }
  input.petitioners.forEach((p, i) => {
    const r = protectPetitioner(p, i);
    push(batch.cols.petitioner, [
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
    push(batch.cols.accused, [
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
  push(batch.cols.case_event, [
    id,
    c.registeredAt,
    actorName,
    by,
    ref.id,
    'register',
    'registered',
    JSON.stringify({ via: c.via, skipLevelReason }),
  ]);
  push(batch.cols.audit_entry, [
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
