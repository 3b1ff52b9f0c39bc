// Form controls of the portal: real <label>s, hints and errors tied to their control (aria-describedby), the
// error announced and the control marked invalid. Ids are `f-<field>` so an error summary can move focus.
import { useEffect, useRef, type ReactNode } from 'react';
import type { Problem } from './report/draft.js';

export const fieldId = (field: string) => `f-${field}`;

interface FieldProps {
  field: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function Frame({ field, label, hint, error, required, children }: FieldProps & { children: ReactNode }) {
  const id = fieldId(field);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="req">（必填）</span> : <span className="opt">（选填）</span>}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'password';
  inputMode?: 'text' | 'numeric' | 'tel';
  autoComplete?: string;
  maxLength?: number;
};

export function TextField({
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  maxLength,
  ...f
}: InputProps) {
  const id = fieldId(f.field);
  return (
    <Frame {...f}>
      <input
        id={id}
        type={type}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-required={f.required || undefined}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={describedBy(id, f.hint, f.error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Frame>
  );
}

export function TextArea({
  value,
  onChange,
  rows = 6,
  maxLength,
  ...f
}: FieldProps & { value: string; onChange: (v: string) => void; rows?: number; maxLength?: number }) {
  const id = fieldId(f.field);
  return (
    <Frame {...f}>
      <textarea
        id={id}
        rows={rows}
        value={value}
        maxLength={maxLength}
        aria-required={f.required || undefined}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={describedBy(id, f.hint, f.error)}
        onChange={(e) => onChange(e.target.value)}
      />
      {maxLength && (
        <p className="counter" aria-hidden="true">
          {value.length} / {maxLength}
        </p>
      )}
    </Frame>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder = '请选择',
  disabled,
  ...f
}: FieldProps & {
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  placeholder?: string;
  disabled?: boolean;
}) {
  const id = fieldId(f.field);
  return (
    <Frame {...f}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-required={f.required || undefined}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={describedBy(id, f.hint, f.error)}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A group of radio buttons: the legend names the question, each choice has its own label and hint. */
export function ChoiceGroup<T extends string>({
  field,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  field: string;
  legend: string;
  options: { value: T; label: string; hint?: string }[];
  value: T | '';
  onChange: (v: T) => void;
  error?: string | undefined;
}) {
  const id = fieldId(field);
  return (
    <fieldset
      className={error ? 'choices field-invalid' : 'choices'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {legend}
        <span className="req">（必填）</span>
      </legend>
      {options.map((o, i) => (
        <label key={o.value} className="choice">
          <input
            type="radio"
            name={field}
            value={o.value}
            id={i === 0 ? id : undefined}
            checked={value === o.value}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange(o.value)}
          />
          <span>
            <span className="choice-label">{o.label}</span>
            {o.hint && <span className="choice-hint">{o.hint}</span>}
          </span>
        </label>
      ))}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The problems of a step, each a button that moves to its field. Focused (and so read out) after each attempt
 * to go on — `attempt` counts them — not while the list shrinks as fields are corrected.
 */
export function ErrorSummary({ problems, attempt }: { problems: Problem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt) ref.current?.focus();
  }, [attempt]);
  if (!problems.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>请修改以下 {problems.length} 处后继续</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}:${p.message}`}>
            <button
              type="button"
              className="link"
              onClick={() => document.getElementById(fieldId(p.field))?.focus()}
            >
              {p.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const errorOf = (problems: Problem[], field: string) =>
  problems.find((p) => p.field === field)?.message;

/** A message that screen readers read when it changes (progress, results, errors). */
export function LiveMessage({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'success' | 'error';
  children: ReactNode;
}) {
  return (
    <div className={`message message-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
