// The case list's filters live in the URL (so the home page links a queue, and a list can be bookmarked or shared).
// URL parameters carry the API's own names; only page and pageSize are the screen's.
import { CHANNELS, PIPELINES, RANKS, UNIT_LEVELS } from '../../../../../domain/vocabulary/index.js';
import { CASE_STATES } from '../../../../../domain/workflow/states.js';
import { QUEUES } from '../../../../../domain/workflow/queues.js';
import {
  CASE_SOURCES,
  DISCIPLINE_CLASSES,
  GOVERNMENT_NATURES,
} from '../../../../../domain/register/registration-codes.js';
import type { Query } from '../../../../common/api.js';
import type { MissingField } from '../../../../../shared/schemas/cases.js';

export const FLAGS = ['groupVisit', 'skipLevel', 'realName', 'supervised'] as const;
export type Flag = (typeof FLAGS)[number];
export const SORTS = ['receivedOn', 'registeredAt', 'caseNo', 'dueOn'] as const;
export type Sort = (typeof SORTS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The API's MISSING_FIELDS (values a case may lack), without loading its schemas here. */
const MISSING: readonly MissingField[] = ['category', 'matterRegion', 'rank', 'light'];
const oneOf = (list: readonly string[]) => (v: string) => list.includes(v);
/** Each filter the list understands, with what a valid value looks like; anything else in the URL is ignored. */
const CHECKS = {
  q: (v: string) => v.trim().length > 0 && v.length <= 60,
  queue: oneOf(QUEUES),
  state: oneOf(CASE_STATES),
  channel: oneOf(CHANNELS),
  source: oneOf(CASE_SOURCES),
  pipeline: oneOf(PIPELINES),
  nature: oneOf([...GOVERNMENT_NATURES, ...DISCIPLINE_CLASSES]),
  categoryCode: (v: string) => /^[0-9A-Za-z]{1,20}$/.test(v),
  matterRegionCode: (v: string) => /^\d{6}(\d{3}(\d{3})?)?$/.test(v),
  matterRegionExact: oneOf(['true']),
  rank: oneOf(RANKS),
  repeatStatus: oneOf(['unchecked', 'new', 'repeat']),
  light: oneOf(['green', 'yellow', 'red']),
  from: (v: string) => DATE.test(v),
  to: (v: string) => DATE.test(v),
  unitId: (v: string) => /^[0-9a-f-]{36}$/i.test(v),
  unitOnly: oneOf(['true']),
  unitLevel: oneOf(UNIT_LEVELS),
  missing: (v: string) => v.split(',').every(oneOf(MISSING)),
  groupVisit: oneOf(['true', 'false']),
  skipLevel: oneOf(['true', 'false']),
  realName: oneOf(['true', 'false']),
  supervised: oneOf(['true', 'false']),
  sort: oneOf(SORTS),
  order: oneOf(['asc', 'desc']),
} satisfies Record<string, (v: string) => boolean>;
export type FilterKey = keyof typeof CHECKS;

export interface ListState {
  filters: Partial<Record<FilterKey, string>>;
  page: number;
  pageSize: number;
  /**
   * The statistics figure a drill-through came from, when beyond the list's exact count (10,000): shown instead of
   * "more than 10,000" until the filters change.
   */
  figure?: number;
}

const PAGE_SIZES = [10, 20, 50, 100, 200];

export function parseListState(params: URLSearchParams): ListState {
  const filters: ListState['filters'] = {};
  for (const key of Object.keys(CHECKS) as FilterKey[]) {
    const v = params.get(key);
    if (v !== null && CHECKS[key](v)) filters[key] = v;
  }
  const page = Number(params.get('page'));
  const size = Number(params.get('pageSize'));
  const figure = Number(params.get('figure'));
  return {
    filters,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(size) ? size : 20,
    ...(params.get('figure') && Number.isSafeInteger(figure) && figure > 0 ? { figure } : {}),
  };
}

export function toSearchParams(s: ListState): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(s.filters)) if (v) out.set(k, v);
  if (s.page > 1) out.set('page', String(s.page));
  if (s.pageSize !== 20) out.set('pageSize', String(s.pageSize));
  if (s.figure) out.set('figure', String(s.figure));
  return out;
}

/** A change of filters starts again at page 1; `undefined` or '' removes a filter. */
export function withFilters(s: ListState, patch: Partial<Record<FilterKey, string | undefined>>): ListState {
  const filters = { ...s.filters };
  for (const [k, v] of Object.entries(patch) as [FilterKey, string | undefined][]) {
    if (v) filters[k] = v;
    else delete filters[k];
  }
  // The API reads a category within its pipeline: without one, the category means nothing.
  if (!filters.pipeline) delete filters.categoryCode;
  // 属地本级 narrows a region: without one it means nothing.
  if (!filters.matterRegionCode) delete filters.matterRegionExact;
  // Sorting keeps the same cases: the figure they came with still holds; any other change drops it.
  const { figure, ...rest } = s;
  const sortOnly = Object.keys(patch).every((k) => k === 'sort' || k === 'order');
  return { ...rest, ...(sortOnly && figure ? { figure } : {}), filters, page: 1 };
}

/** The filters as the export takes them (same names as the list, no paging). */
export const exportQuery = (s: ListState): Query => ({ ...s.filters });

/** GET /cases parameters for the page on screen. */
export const listQuery = (s: ListState): Query => ({
  ...s.filters,
  limit: s.pageSize,
  offset: (s.page - 1) * s.pageSize,
});

/**
 * The list's total under the table: exact (共 N 件); past the exact count's cap (超过 N 件); the server's estimate
 * for a long list (约 N 件（估计数）); or, either way, the statistics figure a drill-through came with.
 */
export function totalText(
  total: number,
  page: { totalCapped?: boolean; totalEstimated?: boolean } | undefined,
  figure?: number,
): string {
  if (!page?.totalCapped && !page?.totalEstimated) return `共 ${total} 件`;
  if (figure && (page.totalEstimated || figure > total))
    return `共 ${figure.toLocaleString('zh-CN')} 件（统计数）`;
  return page.totalEstimated
    ? `约 ${total.toLocaleString('zh-CN')} 件（估计数）`
    : `超过 ${total.toLocaleString('zh-CN')} 件，请用筛选条件缩小范围`;
}
