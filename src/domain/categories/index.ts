// 问题类别: the two-level category trees of both pipelines, as data with pure helpers.
export {
  buildCategoryTree,
  categoryLabel,
  categoryPath,
  isKnownCategory,
  type CategoryOption,
  type CategoryRow,
} from './category-tree.js';
export { CATEGORY_CODE, checkCategoryRows } from './check-categories.js';
