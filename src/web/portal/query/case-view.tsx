// What the reporter sees of a case: the status in plain words, dated public steps, the notices issued,
// the conversation with the office, and — when allowed — the evaluation and the 复查 request.
import { useState } from 'react';
import { errorText, portalApi, type PortalView } from '../api.js';
import { chineseDate } from '../format.js';
import { LiveMessage } from '../ui.js';
import { Conversation } from './conversation.js';
import { EvaluationForm } from './evaluation-form.js';
import { ReviewForm } from './review-form.js';

export interface ViewProps {
  view: PortalView;
  onChange: (v: PortalView) => void;
  /** True when the error was the token running out (the page then asks for the code again). */
  onExpired: (e: unknown) => boolean;
}

export function CaseView({ view, onChange, onExpired }: ViewProps) {
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = async () => {
    setRefreshing(true);
    setError(null);
    try {
      onChange(await portalApi.refresh(view.token));
    } catch (e) {
      if (!onExpired(e)) setError(errorText(e));
    } finally {
      setRefreshing(false);
    }
  };

  return (
    <>
      <section aria-labelledby="case-title" className="card case-summary">
        <h2 id="case-title">{view.title}</h2>
        <dl className="pairs">
          <dt>当前状态</dt>
          <dd className="status" data-testid="case-status">
            {view.status}
          </dd>
          <dt>提交日期</dt>
          <dd>{chineseDate(view.receivedOn)}</dd>
          {view.evaluation && (
            <>
              <dt>您的评价</dt>
              <dd>{view.evaluation}</dd>
            </>
          )}
        </dl>
        <button
          type="button"
          className="button small"
          aria-disabled={refreshing}
          onClick={() => !refreshing && void refresh()}
        >
          {refreshing ? '正在刷新…' : '刷新'}
        </button>
        {error && <LiveMessage kind="error">{error}</LiveMessage>}
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title">办理过程</h2>
        <ol className="timeline">
          {view.steps.map((s, i) => (
            <li key={i}>
              <span className="timeline-label">{s.label}</span>
              <span className="timeline-date">{chineseDate(s.date)}</span>
            </li>
          ))}
        </ol>
      </section>

      {view.notices.length > 0 && (
        <section aria-labelledby="notices-title">
          <h2 id="notices-title">告知书和答复</h2>
          <ul className="plain">
            {view.notices.map((n) => (
              <li key={n.id} className="notice-item">
                <a href={portalApi.noticeUrl(n.id, view.token)} target="_blank" rel="noopener noreferrer">
                  {n.title}
                  <span className="sr-only">（在新窗口打开）</span>
                </a>
                <span className="muted">
                  {n.noticeNo} · <span className="nowrap">{chineseDate(n.issuedOn)}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <Conversation view={view} onChange={onChange} onExpired={onExpired} />
      {view.canEvaluate && <EvaluationForm view={view} onChange={onChange} onExpired={onExpired} />}
      {view.canRequestReview && <ReviewForm view={view} onChange={onChange} onExpired={onExpired} />}
    </>
  );
}
