// The statistics indicators of domain.md: definitions (shown beside each figure) and their arithmetic.
export * from './definitions.js';
export * from './rates.js';
export * from './periods.js';
export * from './dimensions.js';
