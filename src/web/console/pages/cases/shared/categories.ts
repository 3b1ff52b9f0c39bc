import { api } from '../../../../common/api.js';
import type { CategoryOption, CategoryTrees } from '../types.js';

// The category trees are small and the same for everyone: one request per page load.
let trees: Promise<CategoryTrees> | null = null;
export function loadCategories(): Promise<CategoryTrees> {
  if (!trees) {
    trees = api.get<CategoryTrees>('/categories');
    trees.catch(() => (trees = null));
  }
  return trees;
}

/** "城乡建设／征地拆迁" for a code of the pipeline's tree, or the code itself when the tree does not hold it. */
export function categoryName(all: CategoryTrees | undefined, pipeline: string, code: string | null): string {
  if (!code) return '—';
  const tree = all?.[pipeline as keyof CategoryTrees] ?? [];
  const walk = (nodes: CategoryOption[], path: string[]): string[] | null => {
    for (const n of nodes) {
      if (n.value === code) return [...path, n.label];
      const below = n.children ? walk(n.children, [...path, n.label]) : null;
      if (below) return below;
    }
    return null;
  };
  return walk(tree, [])?.join('／') ?? code;
}
