// Meetings and their follow-ups.
export * from './meetings.js';
