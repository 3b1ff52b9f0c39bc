// The baseline: how fast PostgreSQL takes the same rows with nothing else around them. One transaction per
// case (the case, its petitioners, its accused: single-row INSERTs, prepared), from 8 clients, as the
// table owner (no row-level security), no HTTP, no validation, no repeat check.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { toChinaDate } from '../src/domain/deadlines/index.js';
import type { FreshPetitions } from './generate.js';
import { addCase, RowBatch, type UnitRef } from './history-rows.js';
import { summarize, type Latency } from './stats.js';

const CASE_COLS =
  'id, case_no, unit_id, unit_path, received_on, registered_at, registered_by, registered_via, channel, source, pipeline, nature, category_code, matter_region_code, title, summary, content, demands, urgency, anonymous, real_name, headcount, group_visit, skip_level, caller_number_enc, caller_number_masked, content_bands, search_vector';
const PET_COLS =
  'id, case_id, ord, is_primary, is_representative, name_enc, name_masked, sex, id_number_enc, id_number_masked, phones_enc, phones_masked, address_enc, address_masked, region_code, work_unit, occupation, id_hash, phone_hashes, name_address_hash';
const ACC_COLS = 'case_id, ord, kind, name, unit_name, position, rank, is_unit_chief, region_code, match_key';
const params = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');

export interface BaselineResult {
  clients: number;
  seconds: number;
  cases: number;
  casesPerSecond: number;
  latencyMs: Latency;
}

interface Row {
  kase: unknown[];
  petitioners: unknown[][];
  accused: unknown[][];
}

/** Rows built ahead (the same helpers as the history), reused with fresh ids and case numbers. */
function prepareRows(fresh: FreshPetitions, refs: UnitRef[], units: number[], count: number): Row[] {
  const today = toChinaDate(new Date());
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const unit = units[i % units.length]!;
    const p = fresh.next(unit, today);
    const batch = new RowBatch();
    addCase(
      batch,
      { ...p, index: -1, unit, caseNo: '', registeredAt: new Date() },
      refs[unit]!,
      '0000-01-01',
    );
    const col = (cols: unknown[][], k: number) => cols.map((c) => c[k]);
    const { cases, petitioner, accused } = batch.cols;
    rows.push({
      kase: col(cases, 0).slice(0, 28),
      petitioners: petitioner[0]!.map((_, k) => col(petitioner, k)),
      accused: accused[0]!.map((_, k) => col(accused, k)),
    });
  }
  return rows;
}

export async function baseline(
  url: string,
  fresh: FreshPetitions,
  refs: UnitRef[],
  units: number[],
  clients: number,
  seconds: number,
): Promise<BaselineResult> {
  const rows = prepareRows(fresh, refs, units, 2000);
  const latencies: number[] = [];
  let seq = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async (w: number) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      while (performance.now() < end) {
        const row = rows[seq % rows.length]!;
        const n = ++seq;
        const id = randomUUID();
        const kase = [...row.kase];
        kase[0] = id;
        kase[1] = `BASE${w}-2026-${String(n).padStart(7, '0')}`;
        const t0 = performance.now();
        await client.query('begin');
        await client.query({
          name: 'base-case',
          text: `insert into cases (${CASE_COLS}) values (${params(27)}, to_tsvector('simple', $28))`,
          values: kase,
        });
        for (const p of row.petitioners)
          await client.query({
            name: 'base-pet',
            text: `insert into petitioner (${PET_COLS}) values (${params(20)})`,
            values: [randomUUID(), id, ...p.slice(2)],
          });
        for (const a of row.accused)
          await client.query({
            name: 'base-acc',
            text: `insert into accused (${ACC_COLS}) values (${params(10)})`,
            values: [id, ...a.slice(1)],
          });
        await client.query('commit');
        const t1 = performance.now();
        if (t1 <= end) latencies.push(t1 - t0);
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, w) => worker(w)));
  const elapsed = (Math.min(performance.now(), end) - started) / 1000;
  return {
    clients,
    seconds: elapsed,
    cases: latencies.length,
    casesPerSecond: latencies.length / elapsed,
    latencyMs: summarize(latencies),
  };
}
