// Filing a report: the proof of work, the report itself, then the chosen files, sent with the token that a
// query with the new code and password returns.
import { ApiError, portalApi, type Receipt } from '../api.js';
import { solveChallenge } from '../solve.js';
import { reportBody, type ReportDraft } from './draft.js';

export type Phase =
  | { kind: 'proof'; progress: number }
  | { kind: 'sending' }
  | { kind: 'uploading'; done: number; total: number };
export interface UploadResult {
  name: string;
  error?: string;
}

async function solvedProof(onPhase: (p: Phase) => void) {
  onPhase({ kind: 'proof', progress: 0 });
  const challenge = await portalApi.challenge();
  const nonce = await solveChallenge(challenge, (progress) => onPhase({ kind: 'proof', progress }));
  return { ...challenge, nonce };
}

export async function fileReport(
  draft: ReportDraft,
  onPhase: (p: Phase) => void,
): Promise<{ receipt: Receipt; uploads: UploadResult[] }> {
  const body = reportBody(draft);
  let receipt: Receipt;
  try {
    const proof = await solvedProof(onPhase);
    onPhase({ kind: 'sending' });
    receipt = await portalApi.report({ ...body, proof });
  } catch (e) {
    // A proof that expired while the phone slept, or was used by a double tap: solve a fresh one, once.
    if (!(e instanceof ApiError && e.fields.some((f) => f.field === 'proof'))) throw e;
    const proof = await solvedProof(onPhase);
    onPhase({ kind: 'sending' });
    receipt = await portalApi.report({ ...body, proof });
  }
  // The same report sent again within minutes returns the first receipt: its files were sent then.
  if (!draft.files.length || receipt.duplicate) return { receipt, uploads: [] };
  return { receipt, uploads: await uploadAll(receipt, draft.files, onPhase) };
}

async function uploadAll(
  receipt: Receipt,
  files: File[],
  onPhase: (p: Phase) => void,
): Promise<UploadResult[]> {
  onPhase({ kind: 'uploading', done: 0, total: files.length });
  let token: string;
  try {
    token = (await portalApi.query(receipt.queryCode, receipt.queryPassword)).token;
  } catch (e) {
    const error = e instanceof ApiError ? e.message : '网络异常';
    return files.map((f) => ({ name: f.name, error }));
  }
  const results: UploadResult[] = [];
  for (const [i, f] of files.entries()) {
    try {
      await portalApi.upload(token, f);
      results.push({ name: f.name });
    } catch (e) {
      results.push({ name: f.name, error: e instanceof ApiError ? e.message : '上传失败' });
    }
    onPhase({ kind: 'uploading', done: i + 1, total: files.length });
  }
  return results;
}
