import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { QueryPrefill } from '../app.js';
import { ApiError, errorText, portalApi, type PortalView } from '../api.js';
import { LiveMessage, TextField } from '../ui.js';
import { CaseView } from './case-view.js';

export function QueryPage({
  prefill,
  onPrefillUsed,
}: {
  prefill: QueryPrefill | null;
  onPrefillUsed: () => void;
}) {
  const [code, setCode] = useState(prefill?.queryCode ?? '');
  const [password, setPassword] = useState(prefill?.queryPassword ?? '');
  const [view, setView] = useState<PortalView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const result = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (prefill) onPrefillUsed();
  }, [prefill, onPrefillUsed]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!code.trim() || !password) return setError('请输入查询码和查询密码');
    setBusy(true);
    setError(null);
    try {
      setView(await portalApi.query(code, password));
      setPassword('');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  /** The token lasts half an hour: when it has run out, back to the form with the server's sentence. */
  const hasView = !!view;
  useEffect(() => {
    if (hasView) result.current?.focus();
  }, [hasView]);

  const expired = (err: unknown) => {
    if (err instanceof ApiError && err.status === 401) {
      setView(null);
      setError(err.message);
      return true;
    }
    return false;
  };

  if (view)
    return (
      <>
        <h1 tabIndex={-1} ref={result}>
          查询进度
        </h1>
        <CaseView view={view} onChange={setView} onExpired={expired} />
        <div className="actions">
          <button type="button" className="button" onClick={() => setView(null)}>
            退出查询
          </button>
        </div>
      </>
    );

  return (
    <>
      <h1 tabIndex={-1}>查询进度</h1>
      <p>请输入提交时得到的查询码和查询密码。查询码不区分大小写，短横线可以不输。</p>
      <form onSubmit={onSubmit} noValidate>
        <TextField field="queryCode" label="查询码" required maxLength={40} value={code} onChange={setCode} />
        <TextField
          field="queryPassword"
          label="查询密码"
          type="password"
          autoComplete="current-password"
          required
          maxLength={64}
          value={password}
          onChange={setPassword}
        />
        {error && <LiveMessage kind="error">{error}</LiveMessage>}
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? '正在查询…' : '查询'}
          </button>
        </div>
      </form>
      <p className="hint">连续输错 5 次，该查询码将暂停查询 30 分钟。查询码和查询密码遗失后无法找回。</p>
    </>
  );
}
