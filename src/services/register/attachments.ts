import { eq } from 'drizzle-orm';
import { casesRepository } from '../../db/index.js';
import { attachment } from '../../db/schema/index.js';
import { AppError, invalid, notFound } from '../../domain/errors.js';
import { ACCEPTED_FILE_TYPES, cleanFileName, sniffFileType } from '../../domain/files/index.js';
import { audit } from '../audit.js';
import { inScope, userIdOf, type ServiceContext } from '../context.js';
import { putFile, readFileStream } from '../files/file-store.js';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Adds a scanned letter, a recording or another file to a case; its type is judged by content. */
export async function addAttachment(ctx: ServiceContext, caseId: string, fileName: string, data: Buffer) {
  if (data.length === 0) throw invalid('文件是空的');
  if (data.length > MAX_ATTACHMENT_BYTES) throw new AppError('payloadTooLarge', `文件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  const type = sniffFileType(data.subarray(0, 64));
  if (!type) throw new AppError('unsupportedMedia', `不支持的文件类型。可上传：${ACCEPTED_FILE_TYPES}`);
  return inScope(ctx, async (tx) => {
    const c = await casesRepository.byId(tx, caseId);
    if (!c) throw notFound('信访件');
    const stored = await putFile(data);
    const [row] = await tx
      .insert(attachment)
      .values({ caseId, kind: type.kind, fileName: cleanFileName(fileName), mime: type.mime, size: data.length, sha256: stored.sha256, storageKey: stored.storageKey, uploadedBy: ctx.actor.name, uploadedAt: ctx.now() })
      .returning();
    await casesRepository.appendEvent(tx, { caseId, at: ctx.now(), actorName: ctx.actor.name, actorUserId: userIdOf(ctx), unitId: ctx.actor.unitId, action: 'addAttachment', detail: { fileName: row!.fileName, kind: row!.kind } });
    await audit(tx, ctx, { action: 'attachment.add', objectType: 'case', objectId: caseId, objectUnitId: c.unitId, detail: { attachmentId: row!.id, fileName: row!.fileName, size: row!.size } });
    return { id: row!.id, kind: row!.kind, fileName: row!.fileName, mime: row!.mime, size: row!.size, uploadedAt: row!.uploadedAt.toISOString() };
  });
}

/** A file of a case the caller can see, as a stream; each download is audited. */
export async function openAttachment(ctx: ServiceContext, id: string) {
  const row = await inScope(ctx, async (tx) => {
    const [a] = await tx.select().from(attachment).where(eq(attachment.id, id));
    if (!a) throw notFound('附件');
    await audit(tx, ctx, { action: 'attachment.view', objectType: 'case', objectId: a.caseId, detail: { attachmentId: id, fileName: a.fileName } });
    return a;
  });
  return { meta: row, stream: readFileStream(row.storageKey) };
}
