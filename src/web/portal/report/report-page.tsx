import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { QueryPrefill } from '../app.js';
import { ApiError, errorText, type Receipt as ReceiptData } from '../api.js';
import { chinaToday } from '../format.js';
import { ErrorSummary, errorOf, fieldId, LiveMessage } from '../ui.js';
import { emptyDraft, fromServerField, stepProblems, type Problem, type ReportDraft } from './draft.js';
import { Receipt } from './receipt.js';
import { StepAccused } from './step-accused.js';
import { StepContent } from './step-content.js';
import { StepKind } from './step-kind.js';
import { ReviewSummary } from './step-review.js';
import { fileReport, type Phase, type UploadResult } from './submit.js';

const STEPS = ['类别和实名', '被反映人和发生地', '反映内容', '确认提交'];

export function ReportPage({ onQuery }: { onQuery: (p: QueryPrefill) => void }) {
  const [draft, setDraft] = useState<ReportDraft>(emptyDraft);
  const [step, setStep] = useState(1);
  /** Problems shown; `server` ones came back from the server and stay until the next attempt. */
  const [problems, setProblems] = useState<(Problem & { server?: boolean })[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<{ receipt: ReceiptData; uploads: UploadResult[] } | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // A new step starts at its heading, unless the server sent us back with problems to read first.
    const summary = stepHeading.current?.parentElement?.querySelector<HTMLElement>('.error-summary');
    if (moved.current) (summary ?? stepHeading.current)?.focus();
    moved.current = true;
  }, [step]);

  if (done)
    return <Receipt receipt={done.receipt} title={draft.title} uploads={done.uploads} onQuery={onQuery} />;

  const update = (patch: Partial<ReportDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // A corrected field loses its message at once; nothing new is flagged before the next attempt.
    if (problems.length) {
      const still = stepProblems(step, next, chinaToday());
      setProblems(problems.filter((p) => p.server || still.some((s) => s.field === p.field)));
    }
  };
  const goTo = (n: number) => {
    setProblems([]);
    setFailure(null);
    setStep(n);
  };

  const submit = async () => {
    setFailure(null);
    try {
      setDone(await fileReport(draft, setPhase));
    } catch (e) {
      setPhase(null);
      // A field the server refused: back to its step, with the message at the field.
      const located =
        e instanceof ApiError
          ? e.fields.map((f) => ({ ...f, at: fromServerField(f.field) })).filter((f) => f.at)
          : [];
      if (located.length) {
        setStep(Math.min(...located.map((f) => f.at!.step)));
        setProblems(located.map((f) => ({ field: f.at!.field, message: f.message, server: true })));
        setAttempt((n) => n + 1);
      } else setFailure(errorText(e));
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (phase) return;
    const found = stepProblems(step, draft, chinaToday());
    setProblems(found);
    if (found.length) return setAttempt((n) => n + 1);
    if (step < 4) setStep(step + 1);
    else void submit();
  };

  return (
    <>
      <h1 tabIndex={-1}>我要反映</h1>
      <ol className="stepper" aria-label="填写步骤">
        {STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={i + 1 === step ? 'step' : undefined}
            className={i + 1 < step ? 'done' : undefined}
          >
            <span className="stepper-no">{i + 1}</span>
            <span className="stepper-label">{s}</span>
          </li>
        ))}
      </ol>
      <form onSubmit={onSubmit} noValidate>
        <h2 tabIndex={-1} ref={stepHeading}>
          第 {step} 步，共 4 步：{STEPS[step - 1]}
        </h2>
        <ErrorSummary problems={problems} attempt={attempt} />
        {step === 1 && <StepKind draft={draft} update={update} problems={problems} />}
        {step === 2 && <StepAccused draft={draft} update={update} problems={problems} />}
        {step === 3 && <StepContent draft={draft} update={update} problems={problems} />}
        {step === 4 && (
          <>
            <ReviewSummary draft={draft} onEdit={goTo} />
            <div className={errorOf(problems, 'acknowledged') ? 'field field-invalid' : 'field'}>
              <label className="check">
                <input
                  type="checkbox"
                  id={fieldId('acknowledged')}
                  checked={draft.acknowledged}
                  aria-invalid={errorOf(problems, 'acknowledged') ? true : undefined}
                  onChange={(e) => update({ acknowledged: e.target.checked })}
                />
                <span>我保证所反映的内容真实。我知道捏造、歪曲事实，诬告陷害他人的，要承担法律责任。</span>
              </label>
            </div>
          </>
        )}
        <div aria-live="polite" className="progress-area">
          {phase?.kind === 'proof' && (
            <div className="message message-info">
              <p>正在进行安全验证…</p>
              <progress max={100} value={Math.round(phase.progress * 100)} aria-label="安全验证进度" />
            </div>
          )}
          {phase?.kind === 'sending' && <p className="message message-info">正在提交…</p>}
          {phase?.kind === 'uploading' && (
            <p className="message message-info">
              已提交，正在上传证据材料（{phase.done} / {phase.total}）…
            </p>
          )}
        </div>
        {failure && <LiveMessage kind="error">提交未成功：{failure}</LiveMessage>}
        <div className="actions">
          {step > 1 && (
            <button
              type="button"
              className="button"
              aria-disabled={!!phase}
              onClick={() => !phase && goTo(step - 1)}
            >
              上一步
            </button>
          )}
          {/* Not disabled while sending (focus would fall to the page): a second press is ignored. */}
          <button type="submit" className="button primary" aria-disabled={!!phase}>
            {step < 4 ? '下一步' : '提交'}
          </button>
        </div>
      </form>
    </>
  );
}
