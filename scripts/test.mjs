// `npm test`: every check and every test, in the order a failure is cheapest to find.
//   typecheck → lint → unit → API on PGlite → API on PostgreSQL (when TEST_DATABASE_URL is set) → build → browser/process.
// Prints one closing line "N passed, N failed" over all vitest runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'xinfang-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;
const started = Date.now();
const log = [];

function step(name, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  log.push(`${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

function vitest(name, project, env = {}) {
  const out = join(tmp, `${name.replace(/\W+/g, '-')}.json`);
  const ok = step(name, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    if (!ok && r.numFailedTests === 0) failed += 1; // a suite that failed to load counts as a failure
  } catch {
    if (!ok) failed += 1;
  }
  return ok;
}

let ok = step('typecheck (server, tests)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
ok = step('typecheck (web)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']) && ok;
ok = step('lint', 'npx', ['eslint', '.']) && ok;
ok = vitest('unit', 'unit') && ok;
ok = vitest('api on PGlite', 'api', { TEST_ENGINE: 'pglite' }) && ok;
if (process.env.TEST_DATABASE_URL) ok = vitest('api on PostgreSQL', 'api', { TEST_ENGINE: 'postgres' }) && ok;
else console.log('\n(TEST_DATABASE_URL is not set: the API suite ran on PGlite only)');
ok = step('build', 'npm', ['run', '--silent', 'build']) && ok;
ok = vitest('browser and process', 'e2e') && ok;

rmSync(tmp, { recursive: true, force: true });
console.log(`\n${log.join('\n')}\nTotal time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
