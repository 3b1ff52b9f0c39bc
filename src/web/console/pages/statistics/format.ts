import type { IndicatorValue } from '../../../../shared/schemas/statistics.js';

/** 87.5% (one decimal), or — when nothing was due. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** A figure as users read it: a rate with its fraction, or a count. */
export const indicatorText = (v: IndicatorValue) =>
  v.kind === 'count' ? `${v.numerator} 件` : percent(v.rate);
export const fractionText = (v: IndicatorValue) =>
  v.kind === 'count' ? '' : `${v.numerator} / ${v.denominator ?? 0}`;

/** +12.5% / −3.0% / — against an earlier figure. */
export function changeText(now: number, before: number | null): string {
  if (before === null) return '';
  if (before === 0) return now === 0 ? '持平' : '—';
  const c = ((now - before) / before) * 100;
  return `${c > 0 ? '+' : c < 0 ? '−' : ''}${Math.abs(c).toFixed(1)}%`;
}

/** Lists count exactly up to this many cases (the server's LIST_COUNT_CAP). */
const LIST_COUNT_CAP = 10_000;

/**
 * The case list behind a figure. A figure beyond what the list counts exactly goes along (`figure`), so the list can
 * say how many cases there are instead of "more than 10,000".
 */
export const drillLink = (drill: Record<string, string> | null, n?: number) =>
  drill
    ? `/cases?${new URLSearchParams({ ...drill, ...(n !== undefined && n > LIST_COUNT_CAP ? { figure: String(n) } : {}) }).toString()}`
    : null;
