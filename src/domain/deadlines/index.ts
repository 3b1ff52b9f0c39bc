// Working-day calendar, time-limit rules, due dates and lights (domain.md "Default time limits").
export * from './dates.js';
export * from './lunar.js';
export * from './statutory-holidays.js';
export * from './built-in-schedule.js';
export * from './calendar.js';
export * from './rules.js';
export * from './due-date.js';
export * from './lights.js';
export * from './escalation.js';
export * from './case-clocks.js';
