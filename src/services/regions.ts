/**
 * The region dictionary (GB/T 2260) as the services see it. Loaded once at start-up by the CLI from the
 * seed file; until then names are unknown and every code that matches the format is accepted.
 */
export interface RegionLookup {
  isKnown(code: string): boolean;
  fullName(code: string): string | null;
}

let lookup: RegionLookup | null = null;

export function useRegions(r: RegionLookup) {
  lookup = r;
}
export const regionName = (code: string): string | null => lookup?.fullName(code) ?? null;
export const regionKnown = (code: string): boolean => lookup?.isKnown(code) ?? true;
