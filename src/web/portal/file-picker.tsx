// Choosing files to send: images, PDF or recordings, each at most 20 MB, listed with a way to remove each.
import { useRef } from 'react';
import { ACCEPTED_FILE_TYPES } from '../../domain/files/index.js';
import { MAX_FILE_BYTES } from './report/draft.js';
import { fieldId, formatSize } from './ui.js';

export const ACCEPT =
  'image/jpeg,image/png,image/gif,image/webp,image/tiff,application/pdf,audio/*,.amr,.m4a';

export function FilePicker({
  field,
  label,
  files,
  onChange,
  max,
  error,
}: {
  field: string;
  label: string;
  files: File[];
  onChange: (files: File[]) => void;
  max: number;
  error?: string | undefined;
}) {
  const input = useRef<HTMLInputElement>(null);
  const id = fieldId(field);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        <span className="opt">（选填）</span>
      </label>
      <p className="hint" id={`${id}-hint`}>
        可上传{ACCEPTED_FILE_TYPES}，每个文件不超过 20 MB，最多 {max} 个。
      </p>
      {/* The native control stays (keyboard, screen readers) but out of sight: its own words follow the
          browser's language, so the visible button and status are ours. */}
      <div className="file-input">
        <input
          ref={input}
          id={id}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, `${id}-status`, error ? `${id}-error` : '']
            .filter(Boolean)
            .join(' ')}
          onChange={(e) => {
            const chosen = Array.from(e.target.files ?? []);
            onChange([...files, ...chosen]);
            e.target.value = ''; // the same file can be chosen again after removing it
          }}
        />
        <span className="button small" aria-hidden="true" onClick={() => input.current?.click()}>
          选择文件
        </span>
        <span id={`${id}-status`} className="muted">
          {files.length ? `已选择 ${files.length} 个文件` : '未选择文件'}
        </span>
      </div>
      {files.length > 0 && (
        <ul className="files" aria-label="已选择的文件">
          {files.map((f, i) => (
            <li key={`${f.name}:${i}`}>
              <span className={f.size > MAX_FILE_BYTES ? 'file-name too-big' : 'file-name'}>
                {f.name}（{formatSize(f.size)}
                {f.size > MAX_FILE_BYTES ? '，超过 20 MB' : ''}）
              </span>
              <button
                type="button"
                className="button small"
                aria-label={`移除文件 ${f.name}`}
                onClick={() => {
                  onChange(files.filter((_, j) => j !== i));
                  input.current?.focus();
                }}
              >
                移除
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
