// Repeat detection (重信重访): text similarity, MinHash/LSH candidate keys, petitioner keys and scoring.
export * from './text.js';
export * from './minhash.js';
export * from './petitioner-key.js';
export * from './match.js';
