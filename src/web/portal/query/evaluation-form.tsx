import { useState, type FormEvent } from 'react';
import { EVALUATION_LABELS, EVALUATIONS, type Evaluation } from '../../../domain/vocabulary/index.js';
import { errorText, portalApi } from '../api.js';
import { ChoiceGroup, LiveMessage, TextArea } from '../ui.js';
import type { ViewProps } from './case-view.js';

const HINTS: Record<Evaluation, string> = {
  satisfied: '问题得到解决，对办理过程满意',
  basicallySatisfied: '问题基本解决，或对部分处理意见认可',
  dissatisfied: '对办理结果或答复不满意，请在下面说明原因',
};

/** 满意 / 基本满意 / 不满意 with an optional comment; 不满意 brings the case before the unit's heads. */
export function EvaluationForm({ view, onChange, onExpired }: ViewProps) {
  const [choice, setChoice] = useState<Evaluation | ''>('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!choice) return setError('请选择满意、基本满意或不满意');
    setBusy(true);
    setError(null);
    try {
      await portalApi.evaluate(view.token, choice, comment.trim() || undefined);
      onChange(await portalApi.refresh(view.token));
    } catch (err) {
      if (!onExpired(err)) setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="evaluate-title">
      <h2 id="evaluate-title">评价办理结果</h2>
      <p>请对这次办理作出评价，评价提交后不能修改。</p>
      <form onSubmit={submit} noValidate>
        <ChoiceGroup
          field="evaluation"
          legend="您的评价"
          options={EVALUATIONS.map((v) => ({ value: v, label: EVALUATION_LABELS[v], hint: HINTS[v] }))}
          value={choice}
          onChange={setChoice}
        />
        <TextArea
          field="evaluation-comment"
          label="意见"
          rows={3}
          maxLength={500}
          value={comment}
          onChange={setComment}
        />
        {error && <LiveMessage kind="error">{error}</LiveMessage>}
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? '正在提交…' : '提交评价'}
          </button>
        </div>
      </form>
    </section>
  );
}
