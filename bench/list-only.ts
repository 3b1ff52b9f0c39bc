// `node --import tsx bench/list-only.ts`: only the case-list and search phase of `npm run bench` (list-latency.ts),
// against an already loaded bench database, without registering anything; then the same requests per signed-in
// unit (median of a few), so a slow scope shows by name. Needs a loaded history (npm run bench first); applies the
// migrations when the server starts. BENCH_LIST_REQUESTS (100) requests per kind; LIST_BY_UNIT=0 skips the table.
import { loadavg } from 'node:os';
import { benchUrl, historyStamp, openBenchDb } from './database.js';
import { planHistory } from './generate.js';
import { LIST_KINDS, listLatency, searchTerms } from './list-latency.js';
import { sampleHistory } from './samples.js';
import { httpClient, signIn, startServer, type Session } from './server.js';
import { benchUnits } from './units.js';

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function main() {
  const perKind = Number(process.env.BENCH_LIST_REQUESTS ?? 100);
  const database = await openBenchDb(2);
  const stamp = await historyStamp(database);
  if (!stamp) throw new Error('the bench database holds no history: run npm run bench first');
  const set = benchUnits();
  const plan = planHistory(set, stamp.cases, stamp.seed, stamp.today);
  const samples = sampleHistory(set, plan, 400, stamp.seed + 1);
  await database.close();
  const server = await startServer({ databaseUrl: benchUrl().url, logLevel: 'warn' });
  try {
    const registrarUnits = set.units.filter((u) => u.registrar && u.weight > 0).sort((a, b) => b.weight - a.weight);
    const sessions = new Map<number, Session>();
    for (const u of registrarUnits) sessions.set(u.index, await signIn(server.port, u.registrar!));
    console.log(`load average before: ${load()}`);
    const result = await listLatency(
      server.port,
      [...sessions.values()],
      samples.map((s) => ({ caseNo: s.caseNo, session: sessions.get(s.registrarUnit)! })),
      perKind,
      stamp.seed + 2,
    );
    console.log(`load average after: ${load()}`);
    const f = (x: number) => x.toFixed(1).padStart(7);
    console.log(`${'kind'.padEnd(14)}    p50     p95     max  mean total`);
    for (const [kind, l] of Object.entries(result.kinds))
      console.log(`${kind.padEnd(14)}${f(l.p50)} ${f(l.p95)} ${f(l.max)}  ${Math.round(l.meanTotal)}`);
    console.log(`lists p95 ${result.list.p95.toFixed(1)} ms, search p95 ${result.search.p95.toFixed(1)} ms, errors ${result.errors}${result.firstError ? ` first: ${result.firstError}` : ''}`);
    if (process.env.LIST_BY_UNIT === '0') return;
    // Per unit: the median of three of each kind (the search with a few of the bench's words).
    const client = httpClient(server.port, 1);
    const terms = searchTerms(stamp.seed + 2).slice(0, 6);
    const kinds = { ...LIST_KINDS, ...Object.fromEntries(terms.map((t, i) => [`q${i}`, () => `/api/v1/cases?limit=50&q=${encodeURIComponent(t)}`])) };
    console.log(`per unit (ms, median of 3); q0… = ${terms.join(' ')}`);
    console.log(`${''.padEnd(12)}${Object.keys(kinds).map((k) => k.slice(0, 9).padStart(10)).join('')}`);
    for (const u of registrarUnits) {
      const cells: string[] = [];
      for (const path of Object.values(kinds)) {
        const times: number[] = [];
        for (let i = 0; i < 3; i++) {
          const t0 = performance.now();
          await client.request('GET', path(''), sessions.get(u.index)!);
          times.push(performance.now() - t0);
        }
        cells.push(times.sort((a, b) => a - b)[1]!.toFixed(1).padStart(10));
      }
      console.log(`${u.key.padEnd(12)}${cells.join('')}`);
    }
    client.close();
    console.log(`load average: ${load()}`);
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
