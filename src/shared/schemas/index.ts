export * from './common.js';
export * from './units.js';
export * from './users.js';
export * from './tokens.js';
export * from './audit.js';
export * from './regions.js';
export * from './cases.js';
export * from './imports.js';
