import { loadRegionIndex } from '../db/seed/regions.js';
import { useRegions } from '../services/regions.js';

/** Loads the GB/T 2260 dictionary (to town level) once, for names and code checks. */
export function loadRegions() {
  const index = loadRegionIndex();
  useRegions(index);
  return index;
}
