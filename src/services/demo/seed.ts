import { randomUUID } from 'node:crypto';
import { settingsRepository, unitsRepository, usersRepository, type Database, type Db } from '../../db/index.js';
import { audit } from '../audit.js';
import { hashPassword } from '../secrets.js';
import { DEMO_ACCOUNTS } from './accounts.js';
import { seedDemoActivity } from './activity.js';
import { DEMO_TREE, type DemoUnit } from './units.js';

export const DEMO_SEEDED = 'demo.seeded';

/**
 * Seeds the demo units and accounts once, in one transaction; returns false when already seeded. With `activity`
 * (the default) also the grassroots work of the street office dated around `now` (see activity.ts); the API tests
 * leave it out, their scenarios start from an empty ledger.
 */
export async function seedDemo(database: Database, password: string, now = new Date(), opts: { passwordHash?: string; activity?: boolean } = {}): Promise<boolean> {
  if (await settingsRepository.get(database.db, DEMO_SEEDED)) return false;
  if ((await unitsRepository.count(database.db)) > 0) return false; // a real installation: never mix in demo data
  const hash = opts.passwordHash ?? (await hashPassword(password));
  await database.transaction(async (tx) => {
    const ids = new Map<string, string>();
    await insertTree(tx, DEMO_TREE, null, ids);
    for (const acc of DEMO_ACCOUNTS) {
      await usersRepository.insert(tx, {
        username: acc.username,
        displayName: acc.displayName,
        unitId: ids.get(acc.unit)!,
        roles: acc.roles,
        title: acc.title,
        passwordHash: hash,
        mustChangePassword: false,
      });
    }
    const activity = opts.activity === false ? null : await seedDemoActivity(tx, now);
    await settingsRepository.put(tx, DEMO_SEEDED, { at: now.toISOString() });
    await audit(tx, { actor: null, now: () => now }, {
      action: 'system.seedDemo',
      objectType: 'system',
      detail: { units: ids.size, accounts: DEMO_ACCOUNTS.length, ...(activity ? { activity } : {}) },
    });
  });
  return true;
}

async function insertTree(tx: Db, node: DemoUnit, parent: { id: string; path: string; depth: number } | null, ids: Map<string, string>) {
  const id = randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  const depth = parent ? parent.depth + 1 : 0;
  await unitsRepository.insert(tx, {
    id,
    parentId: parent?.id ?? null,
    name: node.name,
    code: node.code,
    level: node.level,
    kind: node.kind,
    regionCode: node.regionCode,
    phone: node.phone ?? null,
    address: node.address ?? null,
    path,
    depth,
    sortOrder: ids.size,
  });
  ids.set(node.key, id);
  for (const child of node.children ?? []) await insertTree(tx, child, { id, path, depth }, ids);
}
