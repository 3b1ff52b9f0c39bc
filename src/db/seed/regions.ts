// Loads the committed region dictionary (regions.json, built by scripts/build-regions.mjs) into a domain index.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRegionIndex, type RegionEntry, type RegionIndex } from '../../domain/regions/index.js';

export interface RegionSeedFile {
  source: string;
  note: string;
  counts: Record<string, unknown>;
  entries: RegionEntry[];
}

/** Next to this module in src/; tsc does not copy JSON into dist/, so a built server falls back to the source tree. */
export function regionSeedPath(): string {
  const candidates = [
    fileURLToPath(new URL('./regions.json', import.meta.url)),
    // From dist/db/seed/ (the built server) back to the source tree, wherever the process was started.
    fileURLToPath(new URL('../../../src/db/seed/regions.json', import.meta.url)),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`region dictionary not found; looked in ${candidates.join(', ')}`);
  return found;
}

export function readRegionSeed(path: string = regionSeedPath()): RegionSeedFile {
  const seed = JSON.parse(readFileSync(path, 'utf8')) as RegionSeedFile;
  if (!Array.isArray(seed.entries)) throw new Error(`${path}: no "entries" array`);
  return seed;
}

let cached: RegionIndex | null = null;

/** The index, built once per process (about 45,000 regions). */
export function loadRegionIndex(): RegionIndex {
  cached ??= buildRegionIndex(readRegionSeed().entries);
  return cached;
}
