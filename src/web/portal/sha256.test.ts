import { describe, expect, it } from 'vitest';
import { leadingZeroBits } from '../../domain/portal/index.js';
import { searchNonces } from './pow.js';
import { sha256 } from './sha256.js';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
// The platform's own SHA-256 (Web Crypto, also in Node) as the reference.
const reference = async (b: Uint8Array) =>
  hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(b))));

describe('sha256', () => {
  it('matches the standard vectors and Web Crypto for every length around the block boundaries', async () => {
    expect(hex(sha256(new Uint8Array()))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    for (let len = 0; len < 200; len++) {
      const data = Uint8Array.from({ length: len }, (_, i) => (i * 31 + len) & 255);
      expect(hex(sha256(data))).toBe(await reference(data));
    }
    const chinese = new TextEncoder().encode('举报新圩镇副镇长收受礼金');
    expect(hex(sha256(chinese))).toBe(await reference(chinese));
  });
});

describe('proof of work', () => {
  it('finds a nonce that the server check accepts, and none where the range holds no solution', async () => {
    const salt = 'q2mG3x-Vb0c8Zt1yPp9aWw';
    const nonce = searchNonces(salt, 12, 0, 1 << 20);
    expect(nonce).not.toBeNull();
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}${nonce}`)),
    );
    expect(leadingZeroBits(digest)).toBeGreaterThanOrEqual(12);
    expect(searchNonces(salt, 12, 0, Number(nonce))).toBeNull(); // the first solution is the one returned
  });

  it('tries 2^16 nonces quickly enough for a phone (well under a second here)', () => {
    const t = performance.now();
    searchNonces('q2mG3x-Vb0c8Zt1yPp9aWw', 256, 0, 1 << 16);
    expect(performance.now() - t).toBeLessThan(1500);
  });
});
