// Chinese text similarity without segmentation: normalize, cut into character bigrams, compare the sets.
// Bigrams suit Chinese well (most words are two characters) and need no dictionary, so the web client can run them too.

/**
 * Full-width → half-width and compatibility forms (NFKC), lower case, and every character that is neither a
 * letter nor a digit removed: punctuation (，。！？、“”《》…), symbols and whitespace carry no meaning here.
 */
export function normalizeText(text: string): string {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The set of character bigrams of the normalized text; a one-character text gives that character. */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(normalizeText(text));
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * The same set as `bigrams`, each bigram as one number (first code point × 0x110000 + second; a lone character as
 * minus its code point minus one), so that comparing candidates' texts allocates no strings: the Jaccard value of two
 * such sets equals that of their `bigrams` (the coding is one-to-one).
 * A registration compares its text with up to 40 candidates' (bench/README.md, the server's CPU), so the text is
 * normalized character by character through a table (`simpleForms`) where that gives what `normalizeText` gives
 * the whole text; a text with a character whose form depends on its neighbours takes `normalizeText`.
 */
export function bigramCodes(text: string): Set<number> {
  const out = new Set<number>();
  const table = simpleForms();
  let prev = -1;
  let count = 0;
  const n = (text ?? '').length;
  for (let i = 0; i < n; i++) {
    const f = table[text.charCodeAt(i)]!;
    if (f >= 0) {
      if (prev >= 0) out.add(prev * 0x110000 + f);
      prev = f;
      count++;
    } else if (f === EXPANDS) {
      for (const c of expansions.get(text.charCodeAt(i))!) {
        if (prev >= 0) out.add(prev * 0x110000 + c);
        prev = c;
        count++;
      }
    } else if (f === CONTEXTUAL) return bigramCodesOf(normalizeText(text));
  }
  if (count === 1) out.add(-prev - 1);
  return out;
}

function bigramCodesOf(norm: string): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  let count = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.codePointAt(i)!;
    if (c > 0xffff) i++; // the second half of a surrogate pair
    if (prev >= 0) out.add(prev * 0x110000 + c);
    prev = c;
    count++;
  }
  if (count === 1) out.add(-prev - 1);
  return out;
}

const DROPPED = -1;
const EXPANDS = -2;
const CONTEXTUAL = -3;
const expansions = new Map<number, number[]>();
let forms: Int32Array | null = null;

/**
 * What `normalizeText` makes of each UTF-16 code unit on its own: one code unit (≥ 0), nothing (DROPPED), several
 * (EXPANDS, e.g. ㎡ → "m2"), or CONTEXTUAL where the whole text's form may differ from the characters' forms
 * strung together: surrogates (non-BMP characters), anything whose compatibility decomposition holds a combining
 * mark or Hangul jamo (NFKC composes those with a neighbour: é + ́, ｶ + ﾞ, jamo into syllables) and Σ (lower-cased
 * as ς at a word's end). Built once, on first use (65,536 characters, a few tens of milliseconds).
 */
function simpleForms(): Int32Array {
  if (forms) return forms;
  const table = new Int32Array(0x10000);
  const composes = /[\p{M}\u1100-\u11ff\u3131-\u318e\uffa0-\uffdc]/u;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0x03a3 || composes.test(ch.normalize('NFKD'))) {
      table[c] = CONTEXTUAL;
      continue;
    }
    const norm = normalizeText(ch);
    const units = Array.from(norm, (x) => x.codePointAt(0)!);
    if (units.some((u) => u > 0xffff)) table[c] = CONTEXTUAL;
    else if (units.length === 0) table[c] = DROPPED;
    else if (units.length === 1) table[c] = units[0]!;
    else {
      table[c] = EXPANDS;
      expansions.set(c, units);
    }
  }
  return (forms = table);
}

/** |A ∩ B| / |A ∪ B|; two empty sets share nothing, so 0 (an empty text is no evidence of a repeat). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** Jaccard similarity of the two texts' bigram sets, 0..1. */
export const textSimilarity = (a: string, b: string): number => jaccard(bigrams(a), bigrams(b));
