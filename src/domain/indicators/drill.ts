// The case-list query behind a figure of a statistics table, put together from the parts its row and column add to
// the table's own query. Pure, so the server (the dashboard's figures) and the web console (a cross-tab's cells)
// build the same query from the same parts.
import { regionPrefix } from '../regions/codes.js';

/** Case-list parameters (open /cases?… with them); null when the list cannot select exactly the cases counted. */
export type Drill = Record<string, string> | null;

/**
 * Parameters that two parts may both set: a prefix keeps the part that selects fewer cases (a filter on a town under a
 * county row), and missing values add up (未填写属地 × 未填写被反映人).
 */
const mergeOf: Record<string, (a: string, b: string) => string> = {
  categoryCode: (a, b) => (a.startsWith(b) ? a : b),
  matterRegionCode: (a, b) => ((regionPrefix(a) ?? a).startsWith(regionPrefix(b) ?? b) ? a : b),
  missing: (a, b) => [...new Set([...a.split(','), ...b.split(',')])].join(','),
};

/** Drill parameters combined (a later part wins, except as mergeOf says); null if any part cannot be expressed. */
export function combineDrill(...parts: Drill[]): Drill {
  if (parts.some((p) => p === null)) return null;
  const out: Record<string, string> = {};
  for (const part of parts as Record<string, string>[])
    for (const [k, v] of Object.entries(part)) out[k] = out[k] !== undefined && mergeOf[k] ? mergeOf[k](out[k], v) : v;
  return out;
}

/** What a cross-tab carries to drill through: the table's query, and each row's and column's part of it. */
export interface CrossTabDrills {
  drill: Drill;
  items: readonly { drillPart: Drill }[];
  heads: readonly { drillPart: Drill }[];
}

/**
 * The case-list query of one figure of a cross-tab: a cell (row and column), a row's total (no column), a column's
 * total (no row) or the grand total (neither).
 */
export function crossTabDrill(tab: CrossTabDrills, row: number | null, column: number | null): Drill {
  return combineDrill(tab.drill, row === null ? {} : tab.items[row]!.drillPart, column === null ? {} : tab.heads[column]!.drillPart);
}
