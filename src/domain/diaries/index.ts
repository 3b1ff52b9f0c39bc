// 民情日记.
export * from './diaries.js';
