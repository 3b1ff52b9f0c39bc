/** Loads the GB/T 2260 dictionary into the services (placeholder until the seed file lands). */
export function loadRegions() {}
