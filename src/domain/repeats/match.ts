// 重信重访: is a candidate case a repeat of the new one? Same petitioner, with the same accused or similar
// content, within the window (domain.md "Flags computed at registration"). The registrar confirms; nothing merges.
import { daysBetween, type IsoDate } from '../deadlines/dates.js';
import { accusedKey } from './petitioner-key.js';
import { estimateJaccard } from './minhash.js';
import { bigramCodes, jaccard } from './text.js';

/** One petitioner's keys, already HMAC-ed by the caller (see petitionerKeys); compared as opaque strings. */
export interface PetitionerHashes {
  idHash?: string;
  phoneHashes?: string[];
  nameAddressHash?: string;
}

export interface AccusedRef {
  kind?: 'person' | 'unit';
  name?: string;
  unit?: string;
  /** A precomputed (e.g. HMAC-ed) accusedKey, used instead of name and unit when both sides have one. */
  key?: string;
}

export interface RepeatSubject {
  id?: string;
  receivedOn: IsoDate;
  petitioners: PetitionerHashes[];
  accused: AccusedRef[];
  /** Summary and content; compared exactly when both sides have it. */
  text?: string;
  /** MinHash signature, used when a side has no text (e.g. the content is encrypted at rest). */
  signature?: number[];
}

export interface RepeatConfig {
  /** Only candidates received within this many days count (default 365). */
  windowDays: number;
  /**
   * Bigram similarity from which contents count as the same matter (default 0.25): the same complaint
   * reworded scores about 0.3–0.45, different matters on the same topic 0.1–0.16, unrelated ones under 0.06.
   */
  similarContent: number;
  /** Score from which a candidate is flagged (default 0.75: same petitioner and same accused or similar content). */
  threshold: number;
}

export const DEFAULT_REPEAT_CONFIG: RepeatConfig = { windowDays: 365, similarContent: 0.25, threshold: 0.75 };

const configOf = (config: Partial<RepeatConfig>): RepeatConfig => ({
  windowDays: config.windowDays ?? DEFAULT_REPEAT_CONFIG.windowDays,
  similarContent: config.similarContent ?? DEFAULT_REPEAT_CONFIG.similarContent,
  threshold: config.threshold ?? DEFAULT_REPEAT_CONFIG.threshold,
});

export interface RepeatScore {
  score: number;
  reasons: string[];
  withinWindow: boolean;
}

// As numbers: a registration compares its text with up to 40 candidates' (bench/README.md, the server's CPU).
const bigramCache = new WeakMap<RepeatSubject, Set<number>>();
const bigramsOf = (s: RepeatSubject) => {
  let b = bigramCache.get(s);
  if (!b) bigramCache.set(s, (b = bigramCodes(s.text ?? '')));
  return b;
};

function contentSimilarity(a: RepeatSubject, b: RepeatSubject): number {
  if (a.text && b.text) return jaccard(bigramsOf(a), bigramsOf(b));
  if (a.signature?.length && b.signature?.length) return estimateJaccard(a.signature, b.signature);
  return 0;
}

const shares = (a: (string | undefined)[], b: (string | undefined)[]) => {
  const set = new Set(a.filter(Boolean));
  return b.some((x) => x && set.has(x));
};

function samePetitionerReasons(a: PetitionerHashes[], b: PetitionerHashes[]): string[] {
  const reasons: string[] = [];
  if (
    shares(
      a.map((p) => p.idHash),
      b.map((p) => p.idHash),
    )
  )
    reasons.push('同一信访人（身份证号相同）');
  if (
    shares(
      a.flatMap((p) => p.phoneHashes ?? []),
      b.flatMap((p) => p.phoneHashes ?? []),
    )
  ) {
    reasons.push('同一信访人（电话号码相同）');
  }
  if (
    shares(
      a.map((p) => p.nameAddressHash),
      b.map((p) => p.nameAddressHash),
    )
  )
    reasons.push('同一信访人（姓名+地址相同）');
  return reasons;
}

function sameAccusedReason(a: AccusedRef[], b: AccusedRef[]): string | null {
  const keyOf = (x: AccusedRef) => x.key ?? accusedKey(x) ?? undefined;
  const bKeys = new Set(b.map(keyOf).filter(Boolean));
  const hit = a.find((x) => {
    const k = keyOf(x);
    return k !== undefined && bKeys.has(k);
  });
  if (!hit) return null;
  return hit.kind === 'unit' ? '同一被反映单位（单位名称相同）' : '同一被反映人（姓名+单位相同）';
}

/**
 * Score 0..1 = 0.5 × same petitioner + 0.25 × same accused + 0.25 × content (similarity ÷ similarContent,
 * capped at 1). With the default threshold 0.75 that is exactly the domain rule: same petitioner and either
 * the same accused or similar content. Outside the window the score is 0.
 */
export function scoreRepeat(
  newCase: RepeatSubject,
  candidate: RepeatSubject,
  config: Partial<RepeatConfig> = {},
): RepeatScore {
  const cfg = configOf(config);
  const apart = Math.abs(daysBetween(candidate.receivedOn, newCase.receivedOn));
  if (apart > cfg.windowDays || (newCase.id !== undefined && newCase.id === candidate.id)) {
    return { score: 0, reasons: [], withinWindow: apart <= cfg.windowDays };
  }

  const reasons = samePetitionerReasons(newCase.petitioners, candidate.petitioners);
  const petitioner = reasons.length > 0 ? 1 : 0;
  const accusedReason = sameAccusedReason(newCase.accused, candidate.accused);
  if (accusedReason) reasons.push(accusedReason);
  const similarity = contentSimilarity(newCase, candidate);
  if (similarity >= cfg.similarContent) reasons.push(`内容相似度 ${similarity.toFixed(2)}`);

  const content = cfg.similarContent > 0 ? Math.min(1, similarity / cfg.similarContent) : 0;
  const score = 0.5 * petitioner + 0.25 * (accusedReason ? 1 : 0) + 0.25 * content;
  // Floored, so that rounding never lifts a candidate over the threshold.
  return { score: Math.floor(score * 1000) / 1000, reasons, withinWindow: true };
}

export function isRepeat(result: RepeatScore, config: Partial<RepeatConfig> = {}): boolean {
  return result.withinWindow && result.score >= configOf(config).threshold;
}

/** The candidates flagged as repeats of the new case, best first. */
export function findRepeats<T extends RepeatSubject>(
  newCase: RepeatSubject,
  candidates: readonly T[],
  config: Partial<RepeatConfig> = {},
): (RepeatScore & { candidate: T })[] {
  return candidates
    .map((candidate) => ({ candidate, ...scoreRepeat(newCase, candidate, config) }))
    .filter((r) => isRepeat(r, config))
    .sort((a, b) => b.score - a.score || b.candidate.receivedOn.localeCompare(a.candidate.receivedOn));
}
