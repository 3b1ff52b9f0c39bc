import type { ownership, ownershipProgress } from '../../../db/schema/index.js';

type Row = typeof ownership.$inferSelect & { light: 'green' | 'yellow' | 'red' | null };

export const presentOwnership = (r: Row) => {
  const { unitPath: _p, createdAt: _c, ...rest } = r;
  return rest;
};
export const presentOwnershipProgress = (p: typeof ownershipProgress.$inferSelect) => ({ id: p.id, day: p.day, note: p.note, byName: p.byName, at: p.at.toISOString() });
