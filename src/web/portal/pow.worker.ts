// Solves the proof of work off the main thread, reporting how many nonces it has tried.
import { searchNonces } from './pow.js';

const CHUNK = 4096;

self.onmessage = (event: MessageEvent<{ salt: string; difficulty: number }>) => {
  const { salt, difficulty } = event.data;
  for (let start = 0; ; start += CHUNK) {
    const nonce = searchNonces(salt, difficulty, start, CHUNK);
    if (nonce !== null) return self.postMessage({ nonce });
    self.postMessage({ tries: start + CHUNK });
  }
};
