export * from './sniff.js';
