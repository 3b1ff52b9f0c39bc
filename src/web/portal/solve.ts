// Runs the proof of work in a Web Worker; without workers, in small slices on the main thread so the page stays responsive.
import { expectedProgress, searchNonces, type Challenge } from './pow.js';

const SLICE = 2048;

export function solveChallenge(c: Challenge, onProgress: (fraction: number) => void): Promise<string> {
  if (typeof Worker === 'undefined') return solveInSlices(c, onProgress);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./pow.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(solveInSlices(c, onProgress));
      return;
    }
    worker.onmessage = (e: MessageEvent<{ nonce?: string; tries?: number }>) => {
      if (e.data.nonce !== undefined) {
        worker.terminate();
        onProgress(1);
        resolve(e.data.nonce);
      } else onProgress(expectedProgress(e.data.tries ?? 0, c.difficulty));
    };
    // A worker blocked by the browser (policy, old engine): fall back rather than fail.
    worker.onerror = () => {
      worker.terminate();
      resolve(solveInSlices(c, onProgress));
    };
    worker.postMessage({ salt: c.salt, difficulty: c.difficulty });
  });
}

function solveInSlices(c: Challenge, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve) => {
    const step = (start: number) => {
      const nonce = searchNonces(c.salt, c.difficulty, start, SLICE);
      if (nonce !== null) {
        onProgress(1);
        return resolve(nonce);
      }
      onProgress(expectedProgress(start + SLICE, c.difficulty));
      setTimeout(() => step(start + SLICE), 0);
    };
    step(0);
  });
}
