// The registration form's values → the API body (RegisterCaseBody), and the API's field paths back to the form's
// fields. Blank rows and boxes are left out of the body, so each body index remembers the form row it came from.
import type { Channel, Pipeline, Rank } from '../../../../../domain/vocabulary/index.js';
import type {
  AccusedKind,
  CaseNature,
  CaseSource,
  Secrecy,
  Urgency,
} from '../../../../../domain/register/registration-codes.js';
import type { RegisterCaseBody } from '../types.js';

export interface PetitionerValues {
  name?: string;
  sex?: 'male' | 'female';
  idNumber?: string;
  phones?: (string | undefined)[];
  address?: string;
  workUnit?: string;
  isRepresentative?: boolean;
}

export interface AccusedValues {
  kind?: AccusedKind;
  name?: string;
  unit?: string;
  position?: string;
  rank?: Rank;
  isUnitChief?: boolean;
}

/** What the form holds, with 信访日期 already as YYYY-MM-DD. */
export interface RegisterValues {
  receivedOn: string;
  backdateReason?: string;
  channel: Channel;
  source: CaseSource;
  pipeline: Pipeline;
  nature: CaseNature;
  categoryCode?: string;
  matterRegionCode?: string;
  anonymous?: boolean;
  headcount?: number | null;
  callerNumber?: string;
  petitioners?: PetitionerValues[];
  accused?: AccusedValues[];
  title?: string;
  summary?: string;
  content?: string;
  demands?: string;
  urgency?: Urgency;
  secrecy?: Secrecy;
}

/** For each body row, the form row it came from (and, for petitioners, each phone's form box). */
export interface RowMap {
  petitioners: { row: number; phones: number[] }[];
  accused: number[];
}

const clean = (s: string | undefined | null): string | undefined => {
  const t = s?.trim();
  return t ? t : undefined;
};
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function toRegisterBody(v: RegisterValues): { body: RegisterCaseBody; rows: RowMap } {
  const anonymous = Boolean(v.anonymous);
  const rows: RowMap = { petitioners: [], accused: [] };
  const petitioners: RegisterCaseBody['petitioners'] = [];
  (v.petitioners ?? []).forEach((p, row) => {
    const phoneBoxes = (p.phones ?? [])
      .map((n, i) => [clean(n), i] as const)
      .filter(([n]) => n !== undefined);
    const body = compact({
      name: anonymous ? undefined : clean(p.name),
      sex: p.sex,
      idNumber: clean(p.idNumber)?.toUpperCase(),
      phones: phoneBoxes.length ? phoneBoxes.map(([n]) => n!) : undefined,
      address: clean(p.address),
      workUnit: clean(p.workUnit),
    });
    if (Object.keys(body).length === 0) return; // an untouched row is not a person
    petitioners.push(p.isRepresentative ? { ...body, isRepresentative: true } : body);
    rows.petitioners.push({ row, phones: phoneBoxes.map(([, i]) => i) });
  });
  const accused: RegisterCaseBody['accused'] = [];
  (v.accused ?? []).forEach((a, row) => {
    const kind = a.kind ?? 'person';
    const body = compact({
      name: kind === 'unit' ? undefined : clean(a.name),
      unit: clean(a.unit),
      position: kind === 'unit' ? undefined : clean(a.position),
      rank: kind === 'unit' ? undefined : a.rank,
    });
    if (Object.keys(body).length === 0) return;
    accused.push({ kind, ...body, ...(kind === 'person' && a.isUnitChief ? { isUnitChief: true } : {}) });
    rows.accused.push(row);
  });
  const body: RegisterCaseBody = compact({
    receivedOn: v.receivedOn,
    backdateReason: clean(v.backdateReason),
    channel: v.channel,
    source: v.source,
    pipeline: v.pipeline,
    nature: v.nature,
    categoryCode: clean(v.categoryCode),
    matterRegionCode: clean(v.matterRegionCode),
    anonymous,
    headcount: typeof v.headcount === 'number' ? v.headcount : undefined,
    callerNumber: v.channel === 'phone' ? clean(v.callerNumber) : undefined,
    petitioners,
    accused,
    title: clean(v.title),
    summary: clean(v.summary),
    content: clean(v.content),
    demands: clean(v.demands),
    urgency: v.urgency,
    secrecy: v.secrecy,
  });
  return { body, rows };
}

/** Form fields that exist on screen; a message for anything else is shown above the form instead. */
const TOP = new Set([
  'receivedOn',
  'backdateReason',
  'channel',
  'source',
  'pipeline',
  'nature',
  'categoryCode',
  'matterRegionCode',
  'anonymous',
  'headcount',
  'callerNumber',
  'petitioners',
  'accused',
  'title',
  'summary',
  'content',
  'demands',
  'urgency',
  'secrecy',
]);
const PETITIONER = new Set(['name', 'sex', 'idNumber', 'phones', 'address', 'workUnit', 'isRepresentative']);
const ACCUSED = new Set(['kind', 'name', 'unit', 'position', 'rank', 'isUnitChief']);

/**
 * The form field of an API field path ("petitioners.0.phones.1" → ["petitioners", 2, "phones", 1] when the body's
 * first petitioner was the form's third row), or null when the form has no such field.
 */
export function formFieldOf(path: string, rows: RowMap): (string | number)[] | null {
  const [top, index, sub, subIndex, ...rest] = path.split('.');
  if (!top || !TOP.has(top) || rest.length) return null;
  if (index === undefined) return [top];
  const i = Number(index);
  if (top === 'petitioners') {
    const r = rows.petitioners[i];
    if (!r) return null;
    if (sub === undefined || !PETITIONER.has(sub)) return null;
    if (subIndex === undefined) return [top, r.row, sub];
    const box = sub === 'phones' ? r.phones[Number(subIndex)] : undefined;
    return box === undefined ? null : [top, r.row, sub, box];
  }
  if (top === 'accused') {
    const r = rows.accused[i];
    if (r === undefined || sub === undefined || subIndex !== undefined) return null;
    return ACCUSED.has(sub) ? [top, r, sub] : null;
  }
  return null;
}
