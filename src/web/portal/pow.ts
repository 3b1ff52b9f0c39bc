// The proof of work asked before a report is filed: find a decimal nonce such that SHA-256(salt + nonce) starts
// with `difficulty` zero bits. Shared by the worker and the main-thread fallback.
import { leadingZeroBits } from '../../domain/portal/index.js';
import { sha256 } from './sha256.js';

export interface Challenge {
  id: string;
  salt: string;
  difficulty: number;
  expiresAt: string;
  signature: string;
}

const encoder = new TextEncoder();

/** Tries `count` nonces from `start`; the first that solves it, or null. */
export function searchNonces(salt: string, difficulty: number, start: number, count: number): string | null {
  for (let n = start; n < start + count; n++) {
    const nonce = String(n);
    if (leadingZeroBits(sha256(encoder.encode(salt + nonce))) >= difficulty) return nonce;
  }
  return null;
}

/** How far along the search probably is (0–1): the chance that a solution would have been found by now. */
export const expectedProgress = (tries: number, difficulty: number) => 1 - Math.exp(-tries / 2 ** difficulty);
