import { eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { setting } from '../schema/index.js';

export const settingsRepository = {
  get: async <T>(db: Db, key: string): Promise<T | undefined> =>
    (await db.select().from(setting).where(eq(setting.key, key)))[0]?.value as T | undefined,
  put: (db: Db, key: string, value: unknown) =>
    db
      .insert(setting)
      .values({ key, value })
      .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: new Date() } }),
};
