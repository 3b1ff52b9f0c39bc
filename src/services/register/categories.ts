import { asc } from 'drizzle-orm';
import type { Database } from '../../db/index.js';
import { category } from '../../db/schema/index.js';
import { buildCategoryTree, categoryPath, isKnownCategory } from '../../domain/categories/index.js';
import type { Pipeline } from '../../domain/vocabulary/index.js';

export type CategoryRow = typeof category.$inferSelect;

/**
 * The category trees (问题类别) in memory: small, read on every registration, changed rarely.
 * Reloaded at start-up and after an edit.
 */
let rows: CategoryRow[] = [];
let known: (pipeline: Pipeline, code: string) => boolean = () => true;

export async function loadCategories(database: Database) {
  rows = await database.db.select().from(category).orderBy(asc(category.pipeline), asc(category.sortOrder), asc(category.code));
  // Until a tree is loaded every code is accepted, so that an empty installation can still register.
  known = rows.length ? isKnownCategory(rows) : () => true;
  return rows;
}

export const categoryKnown = (pipeline: Pipeline, code: string) => known(pipeline, code);
export const categoryRows = () => rows;
export const categoryTree = () => buildCategoryTree(rows);
/** 城乡建设／征地拆迁 */
export const categoryName = (pipeline: Pipeline, code: string | null) => (code ? categoryPath(rows, pipeline, code).join('／') || null : null);
