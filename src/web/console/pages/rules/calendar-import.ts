// Reads a year's schedule pasted as text, one line per day or range:
//   2027-01-01 holiday 元旦        2027-02-06~2027-02-12 休 春节        2027-02-14 班 春节调休
// Kinds: holiday / 休 / 放假 for a day off; workday / 班 / 上班 / 调休上班 for a working weekend.

export interface DayRow {
  date: string;
  kind: 'holiday' | 'workday';
  name?: string;
}

const KINDS: Record<string, DayRow['kind']> = {
  holiday: 'holiday',
  休: 'holiday',
  放假: 'holiday',
  假: 'holiday',
  workday: 'workday',
  班: 'workday',
  上班: 'workday',
  调休上班: 'workday',
};

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function isoDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

function* daysFrom(first: string, last: string): Generator<string> {
  for (let t = Date.parse(first); t <= Date.parse(last); t += 86_400_000)
    yield new Date(t).toISOString().slice(0, 10);
}

export interface ParseResult {
  rows: DayRow[];
  /** Lines that could not be read, with the reason, in Chinese. */
  problems: string[];
}

export function parseSchedule(text: string): ParseResult {
  const rows: DayRow[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [when = '', kindText = '', ...rest] = line.split(/\s+/);
    const [from = '', to = from] = when.split(/~|至|—|--/);
    const first = isoDate(from);
    const last = isoDate(to);
    const kind = KINDS[kindText.toLowerCase()];
    if (!first || !last || last < first) return void problems.push(`第${i + 1}行：日期无效（${when}）`);
    if (!kind) return void problems.push(`第${i + 1}行：类型应为 holiday（休）或 workday（班）`);
    const name = rest.join(' ').trim();
    for (const date of daysFrom(first, last)) rows.push({ date, kind, ...(name ? { name } : {}) });
  });
  return { rows, problems };
}

/** Rows merged by date: a later row for the same day replaces the earlier one. Sorted by date. */
export function mergeRows(base: readonly DayRow[], added: readonly DayRow[]): DayRow[] {
  const byDate = new Map(base.map((r) => [r.date, r]));
  for (const r of added) byDate.set(r.date, r);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
