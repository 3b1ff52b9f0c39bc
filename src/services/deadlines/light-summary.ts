import { casesRepository, unitsRepository } from '../../db/index.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { notFound } from '../../domain/errors.js';
import { inScope, type ServiceContext } from '../context.js';

/** Red/yellow/green counts for a unit and each unit directly below it (the dashboard and the lights page). */
export const lightSummary = (ctx: ServiceContext, unitId?: string) =>
  inScope(ctx, async (tx) => {
    const parent = await unitsRepository.byId(tx, unitId ?? ctx.actor.unitId);
    if (!parent) throw notFound('单位');
    const rows = await casesRepository.lightsByChild(tx, parent.path, toChinaDate(ctx.now()));
    const units = await unitsRepository.subtree(tx, parent.path);
    const name = (id: string) => units.find((u) => u.id === id)?.name ?? '';
    const items = rows.map((r) => ({ unitId: r.unitId, unitName: name(r.unitId), red: r.red, yellow: r.yellow, green: r.green }));
    const total = items.reduce((a, r) => ({ red: a.red + r.red, yellow: a.yellow + r.yellow, green: a.green + r.green }), { red: 0, yellow: 0, green: 0 });
    return { unitId: parent.id, unitName: parent.name, total, items: items.sort((a, b) => b.red - a.red || b.yellow - a.yellow) };
  });
