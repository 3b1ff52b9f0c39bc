import { casesRepository, type AccusedRow, type Db, type PetitionerRow, inSequence } from '../../db/index.js';
import { notFound } from '../../domain/errors.js';
import { decryptNullable } from '../crypto/field-crypto.js';
import { regionName } from '../regions.js';
import { keyring } from '../runtime.js';

type CaseRow = NonNullable<Awaited<ReturnType<typeof casesRepository.byId>>>;
type AttachmentRow = Awaited<ReturnType<typeof casesRepository.attachments>>[number];

function petitionerView(p: PetitionerRow, full: boolean) {
  const ring = keyring();
  const phones = full ? (JSON.parse(decryptNullable(ring, p.phonesEnc) ?? '[]') as string[]).join('，') || null : p.phonesMasked;
  return {
    id: p.id,
    isPrimary: p.isPrimary,
    isRepresentative: p.isRepresentative,
    name: full ? decryptNullable(ring, p.nameEnc) : p.nameMasked,
    sex: p.sex,
    idNumber: full ? decryptNullable(ring, p.idNumberEnc) : p.idNumberMasked,
    phones,
    address: full ? decryptNullable(ring, p.addressEnc) : p.addressMasked,
    regionCode: p.regionCode,
    workUnit: p.workUnit,
    occupation: p.occupation,
  };
}

/**
 * A case as the case page shows it. Petitioners are masked unless `full` (the caller holds
 * `case.identity` and asked; the route audits that view).
 */
export async function loadCaseDetail(tx: Db, id: string, full: boolean) {
  const c = await casesRepository.byId(tx, id);
  if (!c) throw notFound('信访件');
  const [petitioners, accused, files, unitName, registeredByName, repeatOf] = await inSequence([
    () => casesRepository.petitioners(tx, id),
    () => casesRepository.accused(tx, id),
    () => casesRepository.attachments(tx, id),
    () => casesRepository.unitName(tx, c.unitId),
    () => casesRepository.userName(tx, c.registeredBy),
    async () => (c.repeatOf ? casesRepository.byId(tx, c.repeatOf) : undefined),
  ]);
  return caseDetailView(c, { petitioners, accused, files, unitName, registeredByName, repeatOf }, full);
}

/** The case page's view of a case and what belongs to it, however they were read (a registration has them in hand). */
export function caseDetailView(
  c: CaseRow,
  parts: {
    petitioners: PetitionerRow[];
    accused: AccusedRow[];
    files: AttachmentRow[];
    unitName: string;
    registeredByName: string | null;
    repeatOf: { id: string; caseNo: string } | undefined;
  },
  full: boolean,
) {
  const { petitioners, accused, files, unitName, registeredByName, repeatOf } = parts;
  return {
    ...caseSummaryView(c, unitName, petitioners.map((p) => p.nameMasked).filter(Boolean).join('、') || null),
    registeredVia: c.registeredVia,
    registeredByName,
    backdateReason: c.backdateReason,
    summary: c.summary,
    content: c.content,
    demands: c.demands,
    secrecy: c.secrecy,
    callerNumber: full ? decryptNullable(keyring(), c.callerNumberEnc) : c.callerNumberMasked,
    repeatOf: repeatOf ? { id: repeatOf.id, caseNo: repeatOf.caseNo } : null,
    petitioners: petitioners.map((p) => petitionerView(p, full)),
    accused: accused.map((a) => ({
      name: a.name,
      kind: a.kind,
      unitName: a.unitName,
      position: a.position,
      rank: a.rank,
      isUnitChief: a.isUnitChief,
      regionCode: a.regionCode,
    })),
    attachments: files.map((f) => ({ id: f.id, kind: f.kind, fileName: f.fileName, mime: f.mime, size: f.size, uploadedAt: f.uploadedAt.toISOString() })),
    identityShown: full,
  };
}

export function caseSummaryView(c: CaseRow, unitName: string, petitionerNames: string | null) {
  return {
    id: c.id,
    caseNo: c.caseNo,
    unitId: c.unitId,
    unitName,
    receivedOn: c.receivedOn,
    registeredAt: c.registeredAt.toISOString(),
    channel: c.channel,
    source: c.source,
    pipeline: c.pipeline,
    nature: c.nature,
    categoryCode: c.categoryCode,
    matterRegionCode: c.matterRegionCode,
    matterRegionName: c.matterRegionCode ? regionName(c.matterRegionCode) : null,
    title: c.title,
    petitionerNames: c.anonymous ? '匿名' : petitionerNames,
    anonymous: c.anonymous,
    realName: c.realName,
    headcount: c.headcount,
    groupVisit: c.groupVisit,
    skipLevel: c.skipLevel,
    repeatStatus: c.repeatStatus,
    repeatCount: c.repeatCount,
    urgency: c.urgency,
    state: c.state,
    version: c.version,
  };
}
