import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, onSessionProblem, setCsrfToken } from '../common/api.js';
import type { Me } from '../common/types.js';

export type SessionState =
  { status: 'loading' } | { status: 'anonymous'; notice?: string } | { status: 'signedIn'; me: Me };

interface SessionApi {
  state: SessionState;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Reads GET /auth/me again (after a password change, or when the server says the session changed). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const me = await api.get<Me>('/auth/me');
      setCsrfToken(me.csrfToken);
      setState({ status: 'signedIn', me });
    } catch (e) {
      setCsrfToken(null);
      const ended = e instanceof ApiError && e.status === 401;
      setState({
        status: 'anonymous',
        ...(ended ? {} : { notice: e instanceof ApiError ? e.message : undefined }),
      });
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onSessionProblem((error) => {
      if (error.status === 401) {
        setCsrfToken(null);
        setState({ status: 'anonymous', notice: '登录已失效，请重新登录' });
      } else void refresh(); // passwordChangeRequired: /auth/me says so and the forced page shows
    });
  }, [refresh]);

  const login = useCallback(
    async (username: string, password: string) => {
      const r = await api.post<{ csrfToken: string }>('/auth/login', { username, password });
      setCsrfToken(r.csrfToken);
      await refresh();
    },
    [refresh],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setCsrfToken(null);
      setState({ status: 'anonymous' });
    }
  }, []);

  const value = useMemo(() => ({ state, login, logout, refresh }), [state, login, logout, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user's data; only used below the signed-in layout. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe without a session');
  return state.me;
}

export const hasPermission = (me: Me, permission: string) => me.permissions.includes(permission);
