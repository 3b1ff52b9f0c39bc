// 领导包案: the four 定, deadline lights and 化解率 per leader.
export * from './ownership.js';
