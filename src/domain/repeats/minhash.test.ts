import { describe, expect, it } from 'vitest';
import { estimateJaccard, fmix32, fnv1a32, lshBandKeys, lshBandValues, minHashSignature } from './minhash.js';
import { bigrams, jaccard } from './text.js';
import { COMPLAINT } from './complaints.fixture.js';

/** Reference FNV-1a through the platform's UTF-8 encoder. */
const referenceFnv = (s: string) => {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) h = Math.imul(h ^ b, 0x01000193);
  return h >>> 0;
};

describe('hashes', () => {
  it('FNV-1a matches the published vectors and UTF-8 for Chinese and astral characters', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    for (const s of ['村委', 'é中😀', '𠮷野家']) expect(fnv1a32(s)).toBe(referenceFnv(s));
  });

  it('fmix32 is deterministic and spreads neighbouring inputs', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(fmix32(1));
    expect(fmix32(1)).not.toBe(fmix32(2));
  });
});

/** A deterministic pseudo-random word set over a small alphabet, for accuracy checks. */
function wordSet(seed: number, size: number, universe: number): Set<string> {
  const out = new Set<string>();
  let x = seed;
  while (out.size < size) {
    x = fmix32(x + 0x9e3779b9);
    out.add(`w${x % universe}`);
  }
  return out;
}

describe('minHashSignature', () => {
  it('is deterministic, 64 values long, and empty for an empty set', () => {
    const s = bigrams(COMPLAINT.original);
    expect(minHashSignature(s)).toHaveLength(64);
    expect(minHashSignature(s)).toEqual(minHashSignature(new Set([...s].reverse())));
    expect(minHashSignature([])).toEqual([]);
  });

  it('estimates Jaccard within sampling error', () => {
    const k = 256;
    let worst = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const a = wordSet(seed, 300, 600);
      const b = wordSet(seed + 1000, 300, 600);
      const truth = jaccard(a, b);
      const est = estimateJaccard(minHashSignature(a, k), minHashSignature(b, k));
      worst = Math.max(worst, Math.abs(est - truth));
    }
    // Standard error at k = 256 is at most 0.031; 20 trials stay within 3.5 of it.
    expect(worst).toBeLessThan(0.11);
  });

  it('gives estimates close to true Jaccard on Chinese complaints with the default 64', () => {
    const texts = Object.values(COMPLAINT).map(bigrams);
    for (const a of texts) {
      for (const b of texts) {
        const est = estimateJaccard(minHashSignature(a), minHashSignature(b));
        expect(Math.abs(est - jaccard(a, b))).toBeLessThan(0.2);
      }
    }
    expect(estimateJaccard([1, 2], [1, 2, 3])).toBe(0);
  });
});

describe('lshBandKeys', () => {
  it('cuts a 64-value signature into 16 stable keys', () => {
    const sig = minHashSignature(bigrams(COMPLAINT.original));
    const keys = lshBandKeys(sig);
    expect(keys).toHaveLength(16);
    expect(keys[0]).toMatch(/^0:[0-9a-f]{8}$/);
    expect(keys[15]).toMatch(/^15:[0-9a-f]{8}$/);
    expect(lshBandKeys(sig)).toEqual(keys);
    expect(lshBandKeys([])).toEqual([]);
    expect(() => lshBandKeys(sig, 7)).toThrow(RangeError);
  });

  it('identical texts share every key; a lightly edited copy shares some; unrelated texts share none', () => {
    const keysOf = (t: string) => new Set(lshBandKeys(minHashSignature(bigrams(t))));
    const shared = (a: Set<string>, b: Set<string>) => [...a].filter((k) => b.has(k)).length;
    const original = keysOf(COMPLAINT.original);
    const edited = keysOf(COMPLAINT.original.replace('三十万元', '30万元').replace('无果', '都没有结果'));
    expect(shared(original, keysOf(`${COMPLAINT.original}！！`))).toBe(16);
    expect(shared(original, edited)).toBeGreaterThan(0);
    expect(shared(original, keysOf(COMPLAINT.wages))).toBe(0);
    expect(shared(original, keysOf(COMPLAINT.parking))).toBe(0);
  });

  it('keys of the same band differ between bands, so one index column can hold them all', () => {
    const keys = lshBandKeys(new Array(64).fill(7));
    expect(new Set(keys.map((k) => k.split(':')[1])).size).toBe(16);
  });

  it('gives the same bands as signed 32-bit integers for an int4[] column', () => {
    const sig = minHashSignature(bigrams(COMPLAINT.original));
    const values = lshBandValues(sig);
    expect(values).toHaveLength(16);
    for (const v of values) expect(Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31).toBe(true);
    expect(values.map((v) => (v >>> 0).toString(16).padStart(8, '0'))).toEqual(
      lshBandKeys(sig).map((k) => k.split(':')[1]),
    );
  });
});
