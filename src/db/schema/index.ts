export * from './units.js';
export * from './accounts.js';
export * from './audit.js';
export * from './settings.js';
export * from './cases.js';
export * from './handling.js';
export * from './imports.js';
export * from './time.js';
