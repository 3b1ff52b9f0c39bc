export * from './query-code.js';
