// A fixed amount of work, timed before and after the phases, so that runs can be compared across machines and across
// time on one machine whose speed drifts (session 6's ran under nested virtualization: the same code and data cost a
// quarter more CPU in one run than in the run before it). Three parts, as a registration spends its time: the
// server's JavaScript (JSON and strings), round trips to PostgreSQL (system calls, wake-ups), PostgreSQL's executor.
import pg from 'pg';
import { round, summarize } from './stats.js';

export interface Calibration {
  /** JSON.stringify + JSON.parse of a registration-sized body, 20,000 times: ms. */
  javascriptMs: number;
  /** One trivial prepared query on one connection, waited for: µs each (2,000 of them). */
  roundTripUs: number;
  /** `select sum(x) from generate_series(1, 2000000) x`: ms. */
  postgresMs: number;
}

const median = (xs: number[]) => summarize(xs).p50;
const round1 = (x: number) => round(x) ?? NaN;

function javascriptOnce() {
  const body = {
    receivedOn: '2026-11-30',
    channel: 'letter',
    petitioners: [{ name: '陈大文', phones: ['13812345678'], address: '德庆县官圩镇金林村三组' }],
    accused: [{ name: '黄某某', unit: '官圩镇人民政府', position: '副镇长', rank: 'section' }],
    title: '反映官圩镇副镇长黄某某违规收受礼金',
    content: '本人反映官圩镇副镇长黄某某在金林村道路工程验收中收受施工方礼金，并为其违规拨付工程款，请组织调查处理。'.repeat(3),
  };
  const t0 = performance.now();
  let n = 0;
  for (let i = 0; i < 20_000; i++) n += (JSON.parse(JSON.stringify({ ...body, i })) as { content: string }).content.length;
  if (n === 0) throw new Error('unreachable');
  return performance.now() - t0;
}

export async function calibrate(url: string): Promise<Calibration> {
  const javascriptMs = median([javascriptOnce(), javascriptOnce(), javascriptOnce()]);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const roundTrips: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      for (let i = 0; i < 2_000; i++) await client.query({ name: 'bench_calibration', text: 'select $1::int as x', values: [i] });
      roundTrips.push(((performance.now() - t0) / 2_000) * 1000);
    }
    const executor: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      await client.query('select sum(x) from generate_series(1, 2000000) x');
      executor.push(performance.now() - t0);
    }
    return { javascriptMs: round1(javascriptMs), roundTripUs: round1(median(roundTrips)), postgresMs: round1(median(executor)) };
  } finally {
    await client.end();
  }
}

export const describeCalibration = (c: Calibration) =>
  `JavaScript ${c.javascriptMs.toFixed(0)} ms, round trip ${c.roundTripUs.toFixed(0)} µs, PostgreSQL executor ${c.postgresMs.toFixed(0)} ms`;
