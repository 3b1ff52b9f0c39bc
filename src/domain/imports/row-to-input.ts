// One ledger row → the registration it stands for, with a problem for every cell that cannot be read.
import type { AccusedInput, RegistrationInput } from '../register/registration.js';
import { DEFAULT_REGISTRATION_RULES } from '../register/registration.js';
import type { Pipeline } from '../vocabulary/index.js';
import { IMPORT_FIELD_DEFS, type ImportField } from './fields.js';
import type { ImportMapping } from './headers.js';
import type { Resolved } from './lookups.js';
import { parseDate, splitList } from './values.js';
import { pipelineOfNature, readAccusedKind, readChannel, readNature, readPipeline, readRank, readSecrecy, readSource, readUrgency } from './codes.js';
import { readPeople, type Bad, type Get } from './people.js';

export interface ConvertContext {
  resolveRegion: (text: string) => Resolved;
  resolveCategory: (text: string, pipeline: Pipeline) => Resolved;
  /** 集体访 threshold and the most representatives (registration rules). */
  groupVisitMinPeople?: number;
  maxRepresentatives?: number;
}

/** A cell that could not be read: the field (column) it came from, the registration path, and why. */
export interface RowProblem {
  field: ImportField;
  path: string;
  message: string;
}

/** Longest texts a registration keeps (the registration form's limits). */
const MAX_TEXT: Partial<Record<ImportField, number>> = { summary: 2000, content: 50000, demands: 2000, backdateReason: 200 };

export function rowToInput(cells: readonly string[], mapping: ImportMapping, ctx: ConvertContext) {
  const problems: RowProblem[] = [];
  const bad = (field: ImportField, message: string, path: string = field) => problems.push({ field, path, message });
  // Cells as written (trimmed): free text keeps its punctuation and line breaks; readers of codes fold it themselves.
  const get = (f: ImportField) => {
    const col = mapping.columns[f];
    return col === undefined ? '' : (cells[col] ?? '').trim();
  };
  const coded = <C extends string>(f: ImportField, read: (s: string) => C | null, fallback?: C): C | undefined => {
    const text = get(f);
    if (!text) return fallback;
    const code = read(text);
    if (code === null) bad(f, `${IMPORT_FIELD_DEFS[f].label}「${text}」无法识别`);
    return code ?? undefined;
  };
  const text = (f: ImportField): string | undefined => {
    const value = get(f);
    const max = MAX_TEXT[f];
    if (max && value.length > max) bad(f, `${IMPORT_FIELD_DEFS[f].label}不能超过${max}个字（现有${value.length}个字）`);
    return value || undefined;
  };

  const dateText = get('receivedOn');
  const receivedOn = dateText ? parseDate(dateText) : '';
  if (receivedOn === null) bad('receivedOn', `信访日期「${dateText}」无法识别（可写作 2023-05-06、2023/5/6 或 2023年5月6日）`);

  const natureText = get('nature');
  const pipeline = coded('pipeline', readPipeline) ?? mapping.defaults.pipeline ?? (natureText ? (pipelineOfNature(natureText) ?? undefined) : undefined);
  let nature = mapping.defaults.nature;
  if (natureText) {
    nature = readNature(natureText, pipeline) ?? undefined;
    if (!nature) bad('nature', `性质/类别「${natureText}」无法识别${pipeline ? `或不属于${pipeline === 'government' ? '党政信访' : '纪检监察检举控告'}` : ''}`);
  }
  const channel = coded('channel', readChannel, mapping.defaults.channel);

  let categoryCode: string | undefined;
  const categoryText = get('categoryCode');
  if (categoryText && pipeline) {
    const r = ctx.resolveCategory(categoryText, pipeline);
    if (r.ok) categoryCode = r.code;
    else bad('categoryCode', r.message);
  } else if (categoryText) categoryCode = categoryText;

  let matterRegionCode: string | undefined;
  const regionText = get('matterRegionCode');
  if (regionText) {
    const r = ctx.resolveRegion(regionText);
    if (r.ok) matterRegionCode = r.code;
    else bad('matterRegionCode', `问题属地：${r.message}`);
  }

  const people = readPeople(get, bad, {
    channel,
    groupVisitMinPeople: ctx.groupVisitMinPeople ?? DEFAULT_REGISTRATION_RULES.groupVisitMinPeople,
    maxRepresentatives: ctx.maxRepresentatives ?? DEFAULT_REGISTRATION_RULES.maxRepresentatives,
  });
  const accused = readAccused(get, bad);

  const input: RegistrationInput = {
    receivedOn: receivedOn ?? '',
    backdateReason: text('backdateReason') ?? mapping.defaults.backdateReason,
    channel: channel as RegistrationInput['channel'],
    source: coded('source', readSource, mapping.defaults.source) as RegistrationInput['source'],
    pipeline: pipeline as Pipeline,
    nature: nature as RegistrationInput['nature'],
    categoryCode,
    matterRegionCode,
    petitioners: people.petitioners,
    headcount: people.headcount,
    callerNumber: get('callerNumber') || (channel === 'phone' ? people.petitioners[0]?.phones?.[0] : undefined),
    accused,
    title: text('title'),
    summary: text('summary'),
    content: text('content'),
    demands: text('demands'),
    urgency: coded('urgency', readUrgency),
    secrecy: coded('secrecy', readSecrecy),
    anonymous: people.anonymous,
  };
  return { input: withoutBlanks(input), problems };
}


/**
 * 被反映人: several names in one cell (张三、李四) make several entries. Unit and position cells apply to each of them,
 * unless they list exactly one value per name separated by ；or a line break; ranks may be listed with 、 too.
 */
function readAccused(get: Get, bad: Bad): AccusedInput[] {
  const names = splitList(get('accusedName'));
  const unitText = get('accusedUnit');
  if (names.length === 0 && !unitText) return [];
  const strong = (s: string) => s.split(/[;；|\n]+/).map((x) => x.trim()).filter(Boolean);
  const count = Math.max(names.length, 1);
  const spread = (values: string[], whole: string) => (i: number) => (values.length === count && count > 1 ? values[i] : whole || undefined);
  const unitOf = spread(strong(unitText), unitText);
  const positionOf = spread(strong(get('accusedPosition')), get('accusedPosition'));
  const rankText = get('accusedRank');
  const rankOf = spread(splitList(rankText), rankText);
  const kindText = get('accusedKind');
  const kind = kindText ? readAccusedKind(kindText) : names.length ? 'person' : 'unit';
  if (kind === null) bad('accusedKind', `被反映人类型「${kindText}」无法识别（可填写：个人、单位）`);
  return Array.from({ length: count }, (_, i) => {
    const rankValue = rankOf(i);
    const rank = rankValue ? readRank(rankValue) : undefined;
    if (rank === null) bad('accusedRank', `职级「${rankValue}」无法识别（可填写：省部级、厅局级、县处级、乡科级、一般干部、村（社区）干部）`, `accused.${i}.rank`);
    return withoutBlanks({ kind: kind ?? undefined, name: names[i], unit: unitOf(i), position: positionOf(i), rank: rank ?? undefined });
  });
}

/** Leaves out fields with no value, so equal content serializes equally (the row's key). */
function withoutBlanks<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}
