// 隐患排查 (risk screening) by liaison officers: the form, the reporting schedule and key-risk rules.
export * from './vocabulary.js';
export * from './schedule.js';
export * from './risk-item.js';
