export * from './client.js';
export * from './repositories/units.repository.js';
export * from './repositories/users.repository.js';
export * from './repositories/sessions.repository.js';
export * from './repositories/tokens.repository.js';
export * from './repositories/audit.repository.js';
export * from './repositories/settings.repository.js';
export * from './repositories/cases.repository.js';
