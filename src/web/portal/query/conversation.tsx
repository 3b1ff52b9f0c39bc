// Messages both ways: the office's questions, and the reporter's answers with files.
import { useState, type FormEvent } from 'react';
import { errorText, portalApi } from '../api.js';
import { FilePicker } from '../file-picker.js';
import { MAX_FILE_BYTES } from '../report/draft.js';
import { chinaDateTime } from '../format.js';
import { LiveMessage, TextArea } from '../ui.js';
import type { ViewProps } from './case-view.js';

const MAX_FILES_AT_ONCE = 5;

export function Conversation({ view, onChange, onExpired }: ViewProps) {
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setResult(null);
    const text = body.trim();
    if (!text && !files.length)
      return setFieldError({ field: 'reply', message: '请填写回复内容或选择要补充的材料' });
    if (text && text.length < 2) return setFieldError({ field: 'reply', message: '回复内容至少 2 个字' });
    const big = files.find((f) => f.size > MAX_FILE_BYTES);
    if (big)
      return setFieldError({ field: 'reply-files', message: `「${big.name}」超过 20 MB，请压缩后再上传` });
    if (files.length > MAX_FILES_AT_ONCE)
      return setFieldError({ field: 'reply-files', message: `一次最多上传 ${MAX_FILES_AT_ONCE} 个文件` });
    setFieldError(null);
    setBusy(true);
    const failed: string[] = [];
    try {
      if (text) await portalApi.message(view.token, text);
      for (const f of files) {
        try {
          await portalApi.upload(view.token, f);
        } catch (err) {
          if (onExpired(err)) return;
          failed.push(`${f.name}：${errorText(err)}`);
        }
      }
      setBody('');
      setFiles([]);
      setResult(
        failed.length
          ? { kind: 'error', text: `以下材料未能上传：${failed.join('；')}` }
          : { kind: 'success', text: '已发送，工作人员会看到您的回复。' },
      );
      onChange(await portalApi.refresh(view.token));
    } catch (err) {
      if (!onExpired(err)) setResult({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="messages-title">
      <h2 id="messages-title">留言</h2>
      {view.messages.length === 0 ? (
        <p>暂无留言。工作人员需要了解情况时，会在这里向您提问。</p>
      ) : (
        <ol className="messages" data-testid="messages">
          {view.messages.map((m, i) => (
            <li key={i} className={m.sender === 'office' ? 'from-office' : 'from-me'}>
              <p className="message-meta">
                <span>{m.sender === 'office' ? `工作人员（${m.authorName}）` : '我'}</span>
                <span>{chinaDateTime(m.createdAt)}</span>
              </p>
              <p className="pre">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={send} noValidate className="reply">
        <TextArea
          field="reply"
          label="回复或补充说明"
          rows={4}
          maxLength={5000}
          value={body}
          error={fieldError?.field === 'reply' ? fieldError.message : undefined}
          onChange={setBody}
        />
        <FilePicker
          field="reply-files"
          label="补充材料"
          files={files}
          max={MAX_FILES_AT_ONCE}
          error={fieldError?.field === 'reply-files' ? fieldError.message : undefined}
          onChange={setFiles}
        />
        {result && <LiveMessage kind={result.kind}>{result.text}</LiveMessage>}
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? '正在发送…' : '发送'}
          </button>
        </div>
      </form>
    </section>
  );
}
