// Case lists and search against the whole history, one request at a time through HTTP: the list screen's usual
// requests (first page, filters, the 已超期 queue, sorting by due date, a deep page) and its search box (Chinese
// keywords, a case number). Every signed-in registrar takes turns, so small and large subtrees both count.
import { ISSUES, PROJECTS } from './lexicon.js';
import { mulberry32 } from './prng.js';
import { httpClient, type Session } from './server.js';
import { summarize, type Latency } from './stats.js';

export interface ListLatencyResult {
  /** Per kind of request. */
  kinds: Record<string, Latency & { meanTotal: number }>;
  /** All list requests together (every kind but search), and all searches. */
  list: Latency;
  search: Latency;
  errors: number;
  firstError: string | null;
}

export const LIST_KINDS: Record<string, (term: string) => string> = {
  firstPage: () => '/api/v1/cases?limit=50',
  filtered: () => '/api/v1/cases?limit=50&channel=letter&pipeline=discipline&groupVisit=false',
  overdueQueue: () => '/api/v1/cases?limit=50&light=red',
  byDueDate: () => '/api/v1/cases?limit=50&sort=dueOn&order=asc',
  dateRange: () => '/api/v1/cases?limit=50&from=2025-03-01&to=2025-03-31',
  page21: () => '/api/v1/cases?limit=50&offset=1000',
};
const SEARCH_KINDS: Record<string, (term: string) => string> = {
  searchWords: (term) => `/api/v1/cases?limit=50&q=${encodeURIComponent(term)}`,
  searchCaseNo: (term) => `/api/v1/cases?limit=50&q=${encodeURIComponent(term)}`,
};

/** Words a registrar types: project names and the opening words of complaints, as they occur in the history. */
export function searchTerms(seed: number): string[] {
  const rnd = mulberry32(seed);
  const phrases = Object.values(ISSUES)
    .flat()
    .map((p) => p.replace(/\{[^}]*\}/g, ''))
    .filter((p) => p.length >= 6);
  const terms = [...PROJECTS.map((p) => p.slice(0, 4))];
  for (let i = 0; i < 40; i++) {
    const p = phrases[Math.floor(rnd() * phrases.length)]!;
    const at = Math.floor(rnd() * (p.length - 4));
    terms.push(p.slice(at, at + 2 + Math.floor(rnd() * 3)));
  }
  return terms.filter((t) => t.trim().length >= 2);
}

export async function listLatency(
  port: number,
  sessions: Session[],
  /** Case numbers to look up, each with a registrar whose subtree holds it. */
  caseNos: { caseNo: string; session: Session }[],
  perKind: number,
  seed: number,
): Promise<ListLatencyResult> {
  const client = httpClient(port, 1);
  const terms = searchTerms(seed);
  const kinds: ListLatencyResult['kinds'] = {};
  const all = { list: [] as number[], search: [] as number[] };
  let errors = 0;
  let firstError: string | null = null;
  const run = async (
    name: string,
    path: (term: string) => string,
    bucket: number[],
    termsOf: string[],
    sessionOf: (i: number) => Session = (i) => sessions[i % sessions.length]!,
  ) => {
    const times: number[] = [];
    let totals = 0;
    for (let i = 0; i < perKind + 5; i++) {
      const session = sessionOf(i);
      const url = path(termsOf[i % termsOf.length] ?? '');
      const t0 = performance.now();
      const res = await client.request('GET', url, session);
      const took = performance.now() - t0;
      if (res.status !== 200) {
        errors++;
        firstError ??= `${url}: ${res.status} ${res.body.slice(0, 200)}`;
        continue;
      }
      if (i < 5) continue; // warm-up: the first plans and pages of this kind
      times.push(took);
      bucket.push(took);
      totals += (JSON.parse(res.body) as { total: number }).total;
    }
    kinds[name] = { ...summarize(times), meanTotal: times.length ? totals / times.length : 0 };
  };
  for (const [name, path] of Object.entries(LIST_KINDS)) await run(name, path, all.list, ['']);
  await run('searchWords', SEARCH_KINDS.searchWords!, all.search, terms);
  await run(
    'searchCaseNo',
    SEARCH_KINDS.searchCaseNo!,
    all.search,
    caseNos.map((c) => c.caseNo),
    (i) => caseNos[i % caseNos.length]!.session,
  );
  client.close();
  return { kinds, list: summarize(all.list), search: summarize(all.search), errors, firstError };
}
