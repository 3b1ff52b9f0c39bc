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
 */
export function bigramCodes(text: string): Set<number> {
  const norm = normalizeText(text);
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
