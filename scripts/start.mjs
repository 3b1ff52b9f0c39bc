// `npm start`: builds what is missing or out of date, then starts the server (or runs `migrate`).
// Kept in plain JavaScript so that it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};
const stamp = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0);
const run = (script) => {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const src = newest(join(root, 'src'));
if (stamp(join(root, 'dist/cli/main.js')) < src) {
  console.log('正在编译服务端……');
  run('build:server');
}
if (!['migrate', 'rekey'].includes(process.argv[2] ?? '') && stamp(join(root, 'dist/web/index.html')) < newest(join(root, 'src/web'))) {
  console.log('正在构建网页……');
  run('build:web');
}
await import(join(root, 'dist/cli/main.js'));
