// The one HTTP client of the web: JSON in and out, the CSRF token on every write, and error bodies
// ({ error: { code, message, fields } }) turned into a thrown ApiError with the server's Chinese message.

export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const API_BASE = '/api/v1';

let csrfToken: string | null = null;
/** Kept in memory only: after a reload it comes back from GET /auth/me. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

type Listener = (error: ApiError) => void;
const listeners = new Set<Listener>();
/** Called on 401 (session gone) and on 403 passwordChangeRequired, wherever the request was made. */
export function onSessionProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; fields?: FieldProblem[] };
  } | null;
  const e = body?.error;
  if (e?.message) return new ApiError(res.status, e.code ?? 'unknown', e.message, e.fields ?? []);
  if (res.status >= 500) return new ApiError(res.status, 'internal', '服务器暂时无法处理请求，请稍后重试');
  return new ApiError(res.status, 'unknown', `请求失败（${res.status}）`);
}

export async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(`${API_BASE}${path}`, query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) {
    const error = await toApiError(res);
    // A wrong password at sign-in is also a 401; only an existing session that ends is a session problem.
    const sessionEnded = res.status === 401 && path !== '/auth/login';
    if (sessionEnded || error.code === 'passwordChangeRequired') for (const l of listeners) l(error);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
};

/** The message to show for anything thrown: the server's sentence, or a plain Chinese fallback. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后重试';
}
