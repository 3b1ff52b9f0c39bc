import { useState, type FormEvent } from 'react';
import { errorText, portalApi } from '../api.js';
import { chineseDate } from '../format.js';
import { LiveMessage, TextArea } from '../ui.js';
import type { ViewProps } from './case-view.js';

/** A 复查 request to the level above, within the limit after the reply. */
export function ReviewForm({ view, onExpired }: ViewProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (reason.trim().length < 4) return setError('请说明申请复查的理由（至少 4 个字）');
    setBusy(true);
    setError(null);
    try {
      await portalApi.review(view.token, reason.trim());
      setSent(true);
    } catch (err) {
      if (!onExpired(err)) setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">申请复查</h2>
      {sent ? (
        <LiveMessage kind="success">复查申请已提交，上一级机关将在规定期限内办理并答复。</LiveMessage>
      ) : (
        <>
          <p>
            对处理意见不服的，可以向上一级机关申请复查。
            {view.reviewDueOn && <strong>请在 {chineseDate(view.reviewDueOn)} 前提出。</strong>}
          </p>
          <form onSubmit={submit} noValidate>
            <TextArea
              field="review-reason"
              label="复查理由"
              required
              rows={4}
              maxLength={2000}
              value={reason}
              error={error ?? undefined}
              onChange={setReason}
            />
            <div className="actions">
              <button type="submit" className="button primary" aria-disabled={busy}>
                {busy ? '正在提交…' : '申请复查'}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
