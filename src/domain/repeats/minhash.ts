// MinHash signatures and LSH band keys, so that a database can find texts similar to a new one among
// a million without comparing them all: store each case's band keys in an indexed column, look up the
// new case's keys, and score only the cases that share one.
//
// Everything is deterministic and pure JS (no Node crypto): the same text gives the same keys on the
// server, in the browser and after a restart. Changing MINHASH_SCHEME's parameters invalidates stored keys.

/** Parameters of the stored keys: 64 hash functions in 16 bands of 4 rows. */
export const MINHASH_SCHEME = { version: 1, permutations: 64, bands: 16 } as const;

const UTF8_LEAD = [0, 0xc0, 0xe0, 0xf0] as const;

/** FNV-1a (32 bit) over the UTF-8 bytes of `s`. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  const byte = (b: number) => {
    h ^= b;
    h = Math.imul(h, 0x01000193);
  };
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      byte(c);
      continue;
    }
    // Multi-byte UTF-8: lead byte, then 6 bits per continuation byte.
    const tail = c < 0x800 ? 1 : c < 0x10000 ? 2 : 3;
    byte(UTF8_LEAD[tail]! | (c >> (6 * tail)));
    for (let i = tail - 1; i >= 0; i--) byte(0x80 | ((c >> (6 * i)) & 63));
  }
  return h >>> 0;
}

/** The murmur3 finalizer: a bijection on 32-bit integers with full avalanche. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();
/** Fixed per-permutation seeds (a Weyl sequence through fmix32), the same on every run. */
function seeds(k: number): Uint32Array {
  let s = seedCache.get(k);
  if (!s) {
    s = new Uint32Array(k);
    for (let i = 0; i < k; i++) s[i] = fmix32(Math.imul(i + 1, 0x9e3779b9));
    seedCache.set(k, s);
  }
  return s;
}

/**
 * MinHash signature of a set of shingles (e.g. bigrams): for each of `k` hash functions, the minimum hash.
 * Hash function i is fmix32(fnv1a(shingle) XOR seed_i), a fixed permutation of the 32-bit hash space.
 * An empty set gives an empty signature.
 */
export function minHashSignature(
  shingles: Iterable<string>,
  k: number = MINHASH_SCHEME.permutations,
): number[] {
  const seed = seeds(k);
  const min = new Uint32Array(k).fill(0xffffffff);
  let any = false;
  for (const shingle of shingles) {
    any = true;
    const base = fnv1a32(shingle);
    for (let i = 0; i < k; i++) {
      const h = fmix32(base ^ seed[i]!);
      if (h < min[i]!) min[i] = h;
    }
  }
  return any ? Array.from(min) : [];
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One 32-bit hash per band; the band index is mixed in, so equal values mean the same band matched. */
function bandHashes(signature: readonly number[], bands: number): number[] {
  if (signature.length === 0) return [];
  if (bands < 1 || signature.length % bands !== 0) {
    throw new RangeError(`签名长度 ${signature.length} 不能均分为 ${bands} 段`);
  }
  const rows = signature.length / bands;
  const out: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h ^ signature[b * rows + r]!, 0x01000193));
    out.push(h);
  }
  return out;
}

/**
 * LSH band keys: the signature cut into `bands` bands, each hashed to `<band>:<8 hex digits>`.
 * Two texts share at least one key with probability 1 − (1 − J^r)^b (r = rows per band); with 16 × 4:
 * 0.98 at J = 0.7, 0.89 at 0.6, 0.49 at 0.45, 0.12 at 0.3, 0.025 at 0.2, 0.002 at 0.1. So the keys find
 * copies and light edits among a million cases; reworded repeats are found through the petitioner keys.
 */
export function lshBandKeys(signature: readonly number[], bands: number = MINHASH_SCHEME.bands): string[] {
  return bandHashes(signature, bands).map((h, b) => `${b}:${h.toString(16).padStart(8, '0')}`);
}

/**
 * The same band hashes as signed 32-bit integers, for an `int4[]` column with a GIN index
 * (`content_bands && $1`). The band index is mixed into each hash, so one column holds all bands.
 */
export function lshBandValues(signature: readonly number[], bands: number = MINHASH_SCHEME.bands): number[] {
  return bandHashes(signature, bands).map((h) => h | 0);
}
