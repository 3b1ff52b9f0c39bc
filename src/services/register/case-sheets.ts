import { natureLabel, CASE_SOURCE_LABELS, SECRECY_LABELS, SEX_LABELS, URGENCY_LABELS, type CaseSource, type Secrecy, type Urgency } from '../../domain/register/index.js';
import { CHANNEL_LABELS, PIPELINE_LABELS, RANK_LABELS, type Channel, type Pipeline, type Rank } from '../../domain/vocabulary/index.js';
import { approvalSheet, registrationForm, type CaseSheetView } from '../printouts/index.js';
import type { ServiceContext } from '../context.js';
import { categoryName } from './categories.js';
import { viewCase } from './cases.js';

const chinaTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** A case as the printed sheets show it: Chinese labels, masked or full identities as the reader may see. */
async function sheetView(ctx: ServiceContext, id: string, identity: boolean): Promise<CaseSheetView> {
  const c = await viewCase(ctx, id, identity);
  return {
    unitName: c.unitName,
    caseNo: c.caseNo,
    receivedOn: c.receivedOn,
    registeredAt: chinaTime(c.registeredAt),
    channel: CHANNEL_LABELS[c.channel as Channel] ?? c.channel,
    source: CASE_SOURCE_LABELS[c.source as CaseSource] ?? c.source,
    pipeline: PIPELINE_LABELS[c.pipeline as Pipeline] ?? c.pipeline,
    nature: natureLabel(c.pipeline as Pipeline, c.nature) ?? c.nature,
    ...(c.categoryCode ? { category: categoryName(c.pipeline as Pipeline, c.categoryCode) ?? c.categoryCode } : {}),
    ...(c.matterRegionName ? { matterRegion: c.matterRegionName } : {}),
    headcount: c.headcount,
    groupVisit: c.groupVisit,
    skipLevel: c.skipLevel,
    realName: c.realName,
    anonymous: c.anonymous,
    ...(c.repeatOf ? { repeat: `重复件（第${c.repeatCount}次，原件 ${c.repeatOf.caseNo}）` } : {}),
    petitioners: c.petitioners.map((p) => ({
      name: p.name ?? '（未留姓名）',
      ...(p.sex ? { sex: SEX_LABELS[p.sex as 'male' | 'female'] ?? p.sex } : {}),
      ...(p.idNumber ? { idNumber: p.idNumber } : {}),
      ...(p.phones ? { phone: p.phones } : {}),
      ...(p.address ? { address: p.address } : {}),
    })),
    accused: c.accused.map((a) => ({
      ...(a.name ? { name: a.name } : {}),
      ...(a.unitName ? { unit: a.unitName } : {}),
      ...(a.position ? { position: a.position } : {}),
      ...(a.rank ? { rank: RANK_LABELS[a.rank as Rank] ?? a.rank } : {}),
    })),
    title: c.title,
    ...(c.summary ? { summary: c.summary } : {}),
    ...(c.demands ? { demands: c.demands } : {}),
    urgency: URGENCY_LABELS[c.urgency as Urgency] ?? c.urgency,
    secrecy: SECRECY_LABELS[c.secrecy as Secrecy] ?? c.secrecy,
    registrar: c.registeredByName ?? '—',
    printedAt: chinaTime(ctx.now().toISOString()),
    printedBy: ctx.actor.name,
  };
}

export const PRINTOUTS = { 'registration-form': registrationForm, 'approval-sheet': approvalSheet } as const;
export type PrintoutKind = keyof typeof PRINTOUTS;

export async function printout(ctx: ServiceContext, id: string, kind: PrintoutKind, identity: boolean) {
  return PRINTOUTS[kind](await sheetView(ctx, id, identity));
}
