// Times are shown in China time (Asia/Shanghai, UTC+8, no daylight saving) whatever the browser's zone.
const CHINA = 'Asia/Shanghai';

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "2026-03-05 14:07:09" in China time; an empty value shows as "—". */
export function chinaTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const parts = Object.fromEntries(dateTime.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** A wall-clock time picked on screen ("YYYY-MM-DDTHH:mm:ss"), read as China time, as ISO 8601 with offset. */
export const chinaWallTimeToIso = (wallTime: string) => `${wallTime}+08:00`;
