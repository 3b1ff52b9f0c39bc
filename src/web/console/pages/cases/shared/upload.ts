import { API_BASE, ApiError } from '../../../../common/api.js';
import type { AttachmentView } from '../types.js';

export const MAX_ATTACHMENT_MB = 20;
/** What the file picker offers; the server still judges each file by its content. */
export const ATTACHMENT_ACCEPT = 'image/*,application/pdf,audio/*,.amr,.m4a,.tif,.tiff';

/**
 * Uploads one file to a case (multipart field `file`). The JSON client cannot send files, so this request carries
 * the CSRF token itself; refusals come back as an ApiError with the server's Chinese message.
 */
export async function uploadAttachment(
  caseId: string,
  file: Blob,
  fileName: string,
  csrfToken: string,
): Promise<AttachmentView> {
  if (file.size > MAX_ATTACHMENT_MB * 1024 * 1024)
    throw new ApiError(413, 'payloadTooLarge', `文件「${fileName}」超过 ${MAX_ATTACHMENT_MB} MB，不能上传`);
  const body = new FormData();
  body.append('file', file, fileName);
  let res: Response;
  try {
    res = await fetch(`${API_BASE}/cases/${caseId}/attachments`, {
      method: 'POST',
      body,
      headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) {
    const b = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(
      res.status,
      b?.error?.code ?? 'unknown',
      b?.error?.message ?? `上传失败（${res.status}）`,
    );
  }
  return (await res.json()) as AttachmentView;
}
