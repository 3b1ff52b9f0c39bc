// Routing (属地管理、分级负责): level by rank, unit by region and category, with reasons; direction and restricted records.
export * from './types.js';
export * from './rank-levels.js';
export * from './categories.js';
export * from './suggest-route.js';
export * from './direction.js';
