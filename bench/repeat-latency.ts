// Repeat-candidate latency against the whole history: through HTTP (GET /cases/:id/repeat-candidates, one
// request at a time), and in-process through the service and its two SQL steps, to tell HTTP time from SQL time.
import { sql } from 'drizzle-orm';
import { casesRepository, rowsOf, type Database } from '../src/db/index.js';
import { addDays } from '../src/domain/deadlines/index.js';
import { DEFAULT_REPEAT_CONFIG } from '../src/domain/repeats/index.js';
import type { ServiceContext } from '../src/services/context.js';
import { repeatCandidatesOf } from '../src/services/register/cases.js';
import { petitionerHashes } from '../src/services/register/protect.js';
import { CANDIDATES_SCORED } from '../src/services/register/repeat-candidates.js';
import type { Sample } from './samples.js';
import { httpClient, type Session } from './server.js';
import { summarize, type Latency } from './stats.js';

export interface RepeatLatencyResult {
  samples: number;
  plannedRepeats: number;
  http: Latency;
  /** Planned repeats with an earlier case of their matter among the candidates (through HTTP). */
  repeatsFound: number;
  meanCandidates: number;
  service: Latency;
  /** casesRepository.repeatCandidates alone: the lookup and the rows scoring reads, one statement. */
  candidatesSql: Latency;
  meanCandidateRows: number;
  errors: number;
}

export async function caseIds(database: Database, caseNos: string[]) {
  const rows = await rowsOf<{ id: string; case_no: string }>(
    database.db.execute(
      sql`select id, case_no from cases where case_no = any(${`{${caseNos.join(',')}}`}::text[])`,
    ),
  );
  return new Map(rows.map((r) => [r.case_no, r.id]));
}

export async function repeatLatency(
  port: number,
  database: Database,
  samples: Sample[],
  sessions: Map<number, Session>,
  actors: Map<number, ServiceContext['actor']>,
  matters: Map<string, number>,
): Promise<RepeatLatencyResult> {
  const ids = await caseIds(
    database,
    samples.map((s) => s.caseNo),
  );
  const client = httpClient(port, 1);
  const http: number[] = [];
  let found = 0;
  let planned = 0;
  let candidates = 0;
  let errors = 0;
  // One warm-up pass over a few samples (connections, plans, caches of the first requests).
  for (const s of samples.slice(0, 20))
    await client.request(
      'GET',
      `/api/v1/cases/${ids.get(s.caseNo)}/repeat-candidates`,
      sessions.get(s.registrarUnit)!,
    );
  for (const s of samples) {
    const id = ids.get(s.caseNo);
    if (!id) throw new Error(`history case ${s.caseNo} not found`);
    const t0 = performance.now();
    const reply = await client.request(
      'GET',
      `/api/v1/cases/${id}/repeat-candidates`,
      sessions.get(s.registrarUnit)!,
    );
    http.push(performance.now() - t0);
    if (reply.status !== 200) {
      errors++;
      continue;
    }
    const items = (JSON.parse(reply.body) as { items: { caseNo: string }[] }).items;
    candidates += items.length;
    if (s.repeatMatter !== null) {
      planned++;
      if (items.some((c) => matters.get(c.caseNo) === s.repeatMatter)) found++;
    }
  }
  client.close();

  const service: number[] = [];
  const candidatesSql: number[] = [];
  let candidateCount = 0;
  for (const s of samples) {
    const id = ids.get(s.caseNo)!;
    const actor = actors.get(s.registrarUnit)!;
    const ctx: ServiceContext = { database, actor, now: () => new Date() };
    const t0 = performance.now();
    await repeatCandidatesOf(ctx, id);
    service.push(performance.now() - t0);
    // The SQL statement findRepeatCandidates runs, timed alone in the registrar's scope.
    await database.scoped(actor.unitPath, async (tx) => {
      const c = (await casesRepository.byId(tx, id))!;
      const [ps, as] = await Promise.all([
        casesRepository.petitioners(tx, id),
        casesRepository.accused(tx, id),
      ]);
      const hashes = ps.map(petitionerHashes);
      const t1 = performance.now();
      const [found] = await casesRepository.repeatCandidates(
        tx,
        [
          {
            scopePath: actor.unitPath,
            from: addDays(c.receivedOn, -DEFAULT_REPEAT_CONFIG.windowDays),
            idHashes: hashes.flatMap((p) => (p.idHash ? [p.idHash] : [])),
            phoneHashes: hashes.flatMap((p) => p.phoneHashes),
            nameAddressHashes: hashes.flatMap((p) => (p.nameAddressHash ? [p.nameAddressHash] : [])),
            accusedKeys: as.flatMap((a) => (a.matchKey ? [a.matchKey] : [])),
            bands: c.contentBands,
            excludeId: id,
          },
        ],
        CANDIDATES_SCORED,
      );
      candidatesSql.push(performance.now() - t1);
      candidateCount += found!.length;
    });
  }
  return {
    samples: samples.length,
    plannedRepeats: planned,
    http: summarize(http),
    repeatsFound: found,
    meanCandidates: candidates / Math.max(1, samples.length - errors),
    service: summarize(service),
    candidatesSql: summarize(candidatesSql),
    meanCandidateRows: candidateCount / samples.length,
    errors,
  };
}
