// Importing historical ledgers (台账): header matching, cell reading, row → registration, the same validation as the form.
export * from './fields.js';
export * from './headers.js';
export * from './values.js';
export * from './codes.js';
export * from './lookups.js';
export * from './row-to-input.js';
export * from './validate-row.js';
export * from './csv.js';
export * from './sheet.js';
