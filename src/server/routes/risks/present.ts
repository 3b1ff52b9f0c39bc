import type { RiskItemRow, RiskProgressRow } from '../../../db/repositories/risks.repository.js';

/** A risk line as the API shows it (the scope path stays inside). */
export const presentRisk = (r: RiskItemRow & { unitName?: string; missedDays?: number; overdue?: boolean }) => {
  const { unitPath: _path, ord: _ord, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};

export const presentProgress = (p: RiskProgressRow) => ({ id: p.id, day: p.day, note: p.note, byName: p.byName, at: p.at.toISOString() });
