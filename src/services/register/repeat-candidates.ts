import { casesRepository, type CandidateRow, type Db } from '../../db/index.js';
import { addDays } from '../../domain/deadlines/index.js';
import { bigrams, DEFAULT_REPEAT_CONFIG, lshBandValues, minHashSignature, scoreRepeat, type RepeatSubject } from '../../domain/repeats/index.js';

/** The text a case is compared on: title, summary and content together. */
export const caseText = (c: { title?: string | null; summary?: string | null; content?: string | null }) =>
  [c.title, c.summary, c.content].filter(Boolean).join('\n');

/** The search vector of a text: its character bigrams as tokens (Chinese has no spaces to split words on). */
/** What a case's search vector is made of: its bigrams, as text for to_tsvector('simple', …). */
export const searchTextOf = (text: string) => [...bigrams(text)].join(' ');

/** MinHash LSH band values of a text, stored in cases.content_bands. */
export const contentBands = (text: string) => (text.trim() ? lshBandValues(minHashSignature(bigrams(text))) : []);

/**
 * How many ranked candidate ids of a case are read and scored. The ranking puts the same petitioner first, then
 * the most kinds and keys of evidence, so the ten shown come from the first twenty: at a million cases, 20 instead of
 * 40 found the same planned repeats (registration 553/560 against 502/508; history 233/237 against 232/237) with
 * 12% more registrations per second (bench/README.md).
 */
export const CANDIDATES_SCORED = 20;

export interface Probe {
  id?: string;
  /** Whose subtree the candidates come from: the caller's unit path. */
  scopePath: string;
  receivedOn: string;
  petitioners: { idHash?: string; phoneHashes: string[]; nameAddressHash?: string }[];
  accusedKeys: string[];
  text: string;
  bands: number[];
}

export type RepeatCandidate = { caseId: string; caseNo: string; title: string; receivedOn: string; unitName: string; score: number; reasons: string[] };

/**
 * 重信重访 candidates of cases among the earlier cases each caller can see: found through `repeat_key`
 * (petitioner hashes, accused keys, content bands) and read in one statement, then scored by the domain rule with
 * its reasons. Several probes (a batch of registrations) cost the same statement as one.
 */
export async function findRepeatCandidates(tx: Db, probes: Probe[], limit = 10): Promise<RepeatCandidate[][]> {
  return scoreCandidates(probes, await candidatesOf(tx, probes), limit);
}

/**
 * Each probe's candidates as scoring reads them, each probe in its own caller's scope. `unscoped`: `db` is the
 * database's own connection outside any transaction (a registration batch finds them before its transaction: no
 * role switch inside it, and one statement fewer in it).
 */
export function candidatesOf(db: Db, probes: Probe[], unscoped = false) {
  return casesRepository.repeatCandidates(
    db,
    probes.map((probe) => ({
      scopePath: probe.scopePath,
      from: addDays(probe.receivedOn, -DEFAULT_REPEAT_CONFIG.windowDays),
      idHashes: probe.petitioners.flatMap((p) => (p.idHash ? [p.idHash] : [])),
      phoneHashes: probe.petitioners.flatMap((p) => p.phoneHashes),
      nameAddressHashes: probe.petitioners.flatMap((p) => (p.nameAddressHash ? [p.nameAddressHash] : [])),
      accusedKeys: probe.accusedKeys,
      bands: probe.bands,
      excludeId: probe.id,
    })),
    // Every candidate kept is a case row read and its text scored (150 per case at a million cases with 200: most of
    // a batch's time; see CANDIDATES_SCORED).
    CANDIDATES_SCORED,
    { unscoped },
  );
}

/**
 * Scores each probe's candidates. A candidate's petitioners and accused are known by the keys it shares with the
 * probe (the lookup says which): scoring counts only what is shared, so nothing else of theirs needs reading.
 */
export function scoreCandidates(probes: Probe[], candidatesPerProbe: CandidateRow[][], limit = 10): RepeatCandidate[][] {
  return probes.map((probe, i) => {
    const subject: RepeatSubject = {
      receivedOn: probe.receivedOn,
      petitioners: probe.petitioners,
      accused: probe.accusedKeys.map((key) => ({ key })),
      text: probe.text,
    };
    return candidatesPerProbe[i]!
      .filter((r) => r.repeatOf !== probe.id) // already filed as a repeat of this very case: linking back would loop
      .map((r) => {
        const shared = (kind: string) => r.keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(2));
        const [idHash] = shared('i');
        const [nameAddressHash] = shared('n');
        const candidate: RepeatSubject = {
          id: r.id,
          receivedOn: r.receivedOn,
          petitioners: [{ ...(idHash ? { idHash } : {}), phoneHashes: shared('p'), ...(nameAddressHash ? { nameAddressHash } : {}) }],
          accused: shared('a').map((key) => ({ key })),
          text: caseText(r),
        };
        const s = scoreRepeat(subject, candidate);
        return { caseId: r.id, caseNo: r.caseNo, title: r.title, receivedOn: r.receivedOn, unitName: r.unitName, score: s.score, reasons: s.reasons };
      })
      .filter((c) => c.reasons.length > 0)
      .sort((a, b) => b.score - a.score || b.receivedOn.localeCompare(a.receivedOn))
      .slice(0, limit);
  });
}
