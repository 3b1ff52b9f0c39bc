// Due dates for a step: the rule's limit counted from the day after `start`, paused spans (中止) not
// counted, and at most one approved extension added on top of the original due date, which is kept.
import type { WorkCalendar } from './calendar.js';
import { addDays, dayNumber, formatChineseDate, yearOf, type IsoDate } from './dates.js';
import { DEFAULT_TIME_LIMIT_RULES, ruleFor, type DayUnit, type TimeLimitRule } from './rules.js';

/** A 中止 span: days from `from` up to the day before `to` do not count; counting resumes on `to`. */
export interface Pause {
  from: IsoDate;
  /** Absent while the case is still paused. */
  to?: IsoDate;
}

export interface DueDateOptions {
  pauses?: readonly Pause[];
  /** Days granted by an approved extension (once); at most the extension rule's days. */
  extensionDays?: number;
  /** The extension limit and unit; defaults to the built-in 30 calendar days. */
  extensionRule?: Pick<TimeLimitRule, 'days' | 'unit'>;
  /** Required while a pause is open: the paused span then runs through today. */
  today?: IsoDate;
}

export interface DueDate {
  due: IsoDate;
  /** The due date before any extension (equal to `due` when none was granted). */
  originalDue: IsoDate;
  extended: boolean;
  /** Some day between start and due lies in a year whose official schedule is not yet known. */
  provisional: boolean;
  /** Calendar days skipped because the case was paused. */
  pausedDays: number;
  /** A pause is still open, so the due date moves on every day. */
  paused: boolean;
  /** The sentence for forms, e.g. 按 15 个工作日计，应于 2026年10月15日 前受理告知. */
  preview: string;
}

const unitText = (days: number, unit: DayUnit): string =>
  unit === 'working' ? `${days} 个工作日` : `${days} 日`;

function pausedSpans(pauses: readonly Pause[], today: IsoDate | undefined): Array<[number, number]> {
  return pauses.map((p) => {
    const from = dayNumber(p.from);
    if (p.to === undefined && today === undefined)
      throw new RangeError('中止尚未结束时，须提供当前日期才能推算期限');
    const end = p.to !== undefined ? dayNumber(p.to) : dayNumber(today as IsoDate) + 1;
    if (end < from) throw new RangeError(`中止结束日期早于开始日期：${p.from} 至 ${String(p.to)}`);
    return [from, end];
  });
}

/** Counts n days (of `unit`) after `from`, skipping paused days; ends on a working day (民法典 第二百零三条). */
function count(cal: WorkCalendar, from: IsoDate, n: number, unit: DayUnit, spans: Array<[number, number]>) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`期限天数必须是非负整数：${n}`);
  let day = from;
  let skipped = 0;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    const d = dayNumber(day);
    if (spans.some(([a, b]) => d >= a && d < b)) skipped++;
    else if (unit === 'calendar' || cal.isWorkday(day)) counted++;
  }
  return { end: cal.nextWorkday(day), skipped };
}

export function dueDate(
  rule: Pick<TimeLimitRule, 'days' | 'unit' | 'label'>,
  start: IsoDate,
  calendar: WorkCalendar,
  options: DueDateOptions = {},
): DueDate {
  const spans = pausedSpans(options.pauses ?? [], options.today);
  const original = count(calendar, start, rule.days, rule.unit, spans);
  const extension = options.extensionRule ?? ruleFor('extension', DEFAULT_TIME_LIMIT_RULES);
  const extra = options.extensionDays ?? 0;
  if (!Number.isInteger(extra) || extra < 0 || extra > extension.days) {
    throw new RangeError(`延期天数应为不超过 ${extension.days} 的非负整数：${extra}`);
  }
  const extended = extra > 0 ? count(calendar, original.end, extra, extension.unit, spans) : undefined;
  const due = extended?.end ?? original.end;
  const pausedDays = original.skipped + (extended?.skipped ?? 0);
  const paused = (options.pauses ?? []).some((p) => p.to === undefined);
  const provisionalYears: number[] = [];
  for (let y = yearOf(start); y <= yearOf(due); y++) if (calendar.isProvisional(y)) provisionalYears.push(y);

  let preview = `按 ${unitText(rule.days, rule.unit)}计`;
  if (extended) preview += `，经批准延长 ${unitText(extra, extension.unit)}`;
  if (pausedDays > 0) preview += `（中止期间 ${pausedDays} 日不计入）`;
  preview += `，应于 ${formatChineseDate(due)} 前${rule.label}`;
  if (extended) preview += `（原期限 ${formatChineseDate(original.end)}）`;
  if (paused) preview += '；目前处于中止状态，期限随之顺延';
  if (provisionalYears.length > 0) {
    preview += `；${provisionalYears.join('、')}年放假安排尚未公布，暂按法定节假日推算`;
  }
  return {
    due,
    originalDue: original.end,
    extended: extended !== undefined,
    provisional: provisionalYears.length > 0,
    pausedDays,
    paused,
    preview,
  };
}
