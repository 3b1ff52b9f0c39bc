// Dates and times as people in China read them, whatever the phone's time zone.
const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** 2026年5月1日 from 2026-05-01. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export const chinaDateTime = (iso: string) => TIME.format(new Date(iso)).replace(/\//g, '-');
/** Today in China as YYYY-MM-DD. */
export const chinaToday = (now = new Date()) => DAY.format(now);

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
export const weekday = (iso: string) => `星期${WEEKDAYS[new Date(`${iso}T12:00:00+08:00`).getUTCDay()]}`;
