import { asc } from 'drizzle-orm';
import type { Database } from '../../db/index.js';
import { category } from '../../db/schema/index.js';
import type { Pipeline } from '../../domain/vocabulary/index.js';

export type CategoryRow = typeof category.$inferSelect;

/**
 * The category trees (问题类别) in memory: small, read on every registration, changed rarely.
 * Reloaded at start-up and after an edit.
 */
let rows: CategoryRow[] = [];
let known = new Set<string>();

export async function loadCategories(database: Database) {
  rows = await database.db.select().from(category).orderBy(asc(category.pipeline), asc(category.sortOrder), asc(category.code));
  known = new Set(rows.filter((r) => r.active).map((r) => `${r.pipeline}:${r.code}`));
  return rows;
}

/** Until a tree is loaded every code is accepted, so that an empty installation can still register. */
export const categoryKnown = (pipeline: Pipeline, code: string) => known.size === 0 || known.has(`${pipeline}:${code}`);
export const categoryRows = () => rows;
export const categoryName = (pipeline: string, code: string | null) =>
  code ? (rows.find((r) => r.pipeline === pipeline && r.code === code)?.name ?? null) : null;
