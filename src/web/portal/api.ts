// The portal's HTTP client: no session or CSRF (the public API has none); after a query, a short-lived token
// in the x-portal-token header. Errors carry the server's Chinese sentence and its field problems.
import { ApiError } from '../common/api.js';
import type { Challenge } from './pow.js';

export { ApiError };
const BASE = '/api/v1/portal';

async function send<T>(
  method: string,
  path: string,
  init: { json?: unknown; form?: FormData; token?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers['x-portal-token'] = init.token;
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}`, {
      method,
      headers,
      body: init.form ?? (init.json === undefined ? null : JSON.stringify(init.json)),
    });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; fields?: { field: string; message: string }[] };
  } | null;
  const e = body?.error;
  if (e?.message) throw new ApiError(res.status, e.code ?? 'unknown', e.message, e.fields ?? []);
  if (res.status === 413) throw new ApiError(413, 'payloadTooLarge', '文件太大，单个文件不能超过 20 MB');
  if (res.status === 429) throw new ApiError(429, 'tooMany', '操作过于频繁，请稍后再试');
  throw new ApiError(
    res.status,
    'unknown',
    res.status >= 500 ? '服务器暂时无法处理请求，请稍后重试' : `请求失败（${res.status}）`,
  );
}

export const errorText = (e: unknown) => (e instanceof ApiError ? e.message : '操作失败，请稍后重试');

export interface Region {
  code: string;
  name: string;
  level: string;
  fullName: string;
  hasChildren: boolean;
}
export interface CategoryOption {
  value: string;
  label: string;
  children?: CategoryOption[];
}
export interface Receipt {
  queryCode: string;
  queryPassword: string;
  duplicate: boolean;
}
export interface PortalView {
  token: string;
  receivedOn: string;
  title: string;
  status: string;
  steps: { label: string; date: string }[];
  notices: { id: string; title: string; noticeNo: string; issuedOn: string }[];
  messages: { sender: string; authorName: string; body: string; createdAt: string }[];
  evaluation: string | null;
  canEvaluate: boolean;
  canRequestReview: boolean;
  reviewDueOn: string | null;
}
export interface PublicInfo {
  reception: {
    unitName: string;
    day: string;
    timeRange: string;
    leaderName: string;
    leaderTitle: string | null;
    place: string;
    topics: string | null;
  }[];
  contacts: { name: string; phone: string; address: string | null }[];
}

export const portalApi = {
  info: () => send<PublicInfo>('GET', '/info'),
  regions: (code: string) =>
    send<{ items: Region[] }>('GET', `/regions/${code}/children`).then((r) => r.items),
  categories: () => send<Record<'government' | 'discipline', CategoryOption[]>>('GET', '/categories'),
  challenge: () => send<Challenge>('GET', '/challenge'),
  report: (body: unknown) => send<Receipt>('POST', '/reports', { json: body }),
  query: (queryCode: string, queryPassword: string) =>
    send<PortalView>('POST', '/query', { json: { queryCode, queryPassword } }),
  refresh: (token: string) => send<PortalView>('GET', '/case', { token }),
  message: (token: string, body: string) =>
    send<{ ok: true }>('POST', '/messages', { json: { body }, token }),
  upload: (token: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return send<{ id: string; fileName: string }>('POST', '/files', { form, token });
  },
  evaluate: (token: string, evaluation: string, comment?: string) =>
    send<{ ok: true }>('POST', '/evaluation', {
      json: { evaluation, ...(comment ? { comment } : {}) },
      token,
    }),
  review: (token: string, reason: string) =>
    send<{ ok: true }>('POST', '/review', { json: { reason }, token }),
  noticeUrl: (id: string, token: string) => `${BASE}/notices/${id}?token=${encodeURIComponent(token)}`,
};
