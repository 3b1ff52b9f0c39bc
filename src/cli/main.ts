import { join } from 'node:path';
import { createDb } from '../db/index.js';
import { buildApp } from '../server/app.js';
import { loadConfig, type Config } from '../server/config.js';
import { DEMO_ACCOUNTS } from '../services/demo/accounts.js';
import { seedDemo } from '../services/demo/seed.js';
import { ROLE_LABELS } from '../domain/vocabulary/index.js';
import { demoPassword } from './demo-password.js';
import { loadRegions } from './regions.js';
import { loadKeyring } from '../services/crypto/keys.js';
import { useKeyring } from '../services/runtime.js';
import { rekey } from '../services/crypto/rekey.js';
import { useFileStore } from '../services/files/file-store.js';
import { loadCategories } from '../services/register/categories.js';
import { seedReferenceData } from '../services/reference-data.js';
import { loadTimeConfig } from '../services/deadlines/calendar.js';
import { startJobs } from '../services/jobs/schedule.js';

/**
 * xinfang's command line: `start` (default) serves the system; `migrate` only applies migrations; `rekey`
 * re-encrypts petitioners' identities under the current key after a key rotation.
 */
async function main(command = 'start') {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const started = Date.now();
  const database = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'db'),
    poolSize: config.poolSize,
  });
  if (command === 'migrate') {
    console.log(`数据库迁移完成（${database.engine}）`);
    await database.close();
    return;
  }
  if (command !== 'start' && command !== 'rekey') {
    console.error(`未知命令：${command}（可用：start、migrate、rekey）`);
    process.exit(2);
  }
  loadRegions();
  const keys = loadKeyring({ dataDir: config.dataDir, encryptionKeys: config.encryptionKeys, hmacKey: config.hmacKey });
  useKeyring(keys.ring);
  if (command === 'rekey') {
    const result = await rekey(database, (n) => process.stdout.write(`\r已重新加密 ${n} 名信访人……`));
    console.log(`\n完成：信访人 ${result.petitioners} 名，来电号码 ${result.callerNumbers} 个，现用密钥 ${keys.ring.currentId}`);
    await database.close();
    return;
  }
  if (keys.source !== 'config' && config.databaseUrl)
    console.warn(`警告：信访人身份信息的加密密钥保存在本机 ${keys.file}；多台服务器共用数据库时请改用 XINFANG_ENCRYPTION_KEYS 和 XINFANG_HMAC_KEY`);
  useFileStore(config.filesDir);
  await seedReferenceData(database);
  await loadCategories(database);
  await loadTimeConfig(database.db);
  let demo: ReturnType<typeof demoPassword> | null = null;
  if (config.demo) {
    demo = demoPassword(config.dataDir, config.demoPassword);
    await seedDemo(database, demo.password);
  }
  const app = await buildApp({ database, config });
  const stopJobs = await startJobs(database, () => new Date(), 30_000, (e) => app.log.error({ err: e }, 'job runner'));
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await stopJobs();
    await app.close();
    await database.close(); // PGlite flushes and releases the data folder
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  printBanner(config, database.engine, Date.now() - started, demo);
}

function printBanner(config: Config, engine: string, ms: number, demo: ReturnType<typeof demoPassword> | null) {
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const lines = [
    '',
    `信访举报信息管理系统已启动：http://${host}:${config.port}/   （${engine === 'pglite' ? `内置数据库 ${config.dataDir}` : 'PostgreSQL'}，用时 ${ms} ms）`,
    `接口文档：http://${host}:${config.port}/docs`,
  ];
  if (demo) {
    lines.push('', '演示账号（用户名 — 角色 — 单位）：');
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(14)} ${a.roles.map((r) => ROLE_LABELS[r]).join('、')} — ${a.title}`);
    if (config.demoPassword) lines.push('', '演示账号密码：XINFANG_DEMO_PASSWORD 所设的值');
    else if (demo.generated) lines.push('', `演示账号密码（首次启动生成，已保存在 ${demo.file}）：${demo.password}`);
    else lines.push('', `演示账号密码见 ${demo.file}`);
  }
  console.log(lines.join('\n'));
}

main(process.argv[2]).catch((e: unknown) => {
  console.error('启动失败：', e);
  process.exit(1);
});
