// The query code and password, shown once: saved as a text file or printed, with a plain warning that no one
// can recover them.
import { useEffect, useRef } from 'react';
import type { QueryPrefill } from '../app.js';
import type { Receipt as ReceiptData } from '../api.js';
import { chinaDateTime } from '../format.js';
import { go } from '../route.js';
import { LiveMessage } from '../ui.js';
import type { UploadResult } from './submit.js';

export function receiptText(r: ReceiptData, title: string, at: string, url: string): string {
  return [
    '网上信访举报 查询凭证',
    '',
    `标题：${title}`,
    `提交时间：${at}`,
    `查询码：${r.queryCode}`,
    `查询密码：${r.queryPassword}`,
    `查询网址：${url}`,
    '',
    '请妥善保管。查询码和查询密码遗失后无法找回，也不能重新发放。',
    '',
  ].join('\r\n');
}

export function Receipt({
  receipt,
  title,
  uploads,
  onQuery,
}: {
  receipt: ReceiptData;
  title: string;
  uploads: UploadResult[];
  onQuery: (p: QueryPrefill) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const at = useRef(chinaDateTime(new Date().toISOString())).current;
  useEffect(() => heading.current?.focus(), []);
  // Leaving the page loses the code for good: the browser asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const save = () => {
    const text = receiptText(receipt, title, at, `${window.location.origin}/portal/#/query`);
    const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `查询凭证-${receipt.queryCode.slice(0, 4)}.txt`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const failed = uploads.filter((u) => u.error);

  return (
    <div className="receipt">
      <h1 tabIndex={-1} ref={heading}>
        提交成功
      </h1>
      {receipt.duplicate && (
        <LiveMessage>
          您在几分钟前已提交过相同的内容，没有重复登记。以下是那次提交的查询码和查询密码。
        </LiveMessage>
      )}
      <div className="warning" role="note">
        <p>
          <strong>请立即保存查询码和查询密码。</strong>
          它们只在这里显示一次，遗失后无法找回，任何人都不能帮您重新查到。凭它们可以查询办理进度、查看答复、补充材料和评价。
        </p>
      </div>
      <dl className="credentials">
        <dt>查询码</dt>
        <dd data-testid="query-code">{receipt.queryCode}</dd>
        <dt>查询密码</dt>
        <dd data-testid="query-password">{receipt.queryPassword}</dd>
      </dl>
      <p className="print-only">
        标题：{title}
        <br />
        提交时间：{at}
        <br />
        查询网址：{window.location.origin}/portal/#/query
      </p>
      <div className="actions no-print">
        <button type="button" className="button primary" onClick={save}>
          保存为文本文件
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          打印
        </button>
      </div>
      {uploads.length > 0 && (
        <LiveMessage kind={failed.length ? 'error' : 'success'}>
          {failed.length === 0 ? (
            `证据材料已全部上传（${uploads.length} 个）。`
          ) : (
            <>
              以下材料未能上传，请在“查询进度”中补充：
              <ul>
                {failed.map((u, i) => (
                  <li key={i}>
                    {u.name}：{u.error}
                  </li>
                ))}
              </ul>
            </>
          )}
        </LiveMessage>
      )}
      <p className="no-print">
        工作人员会在规定期限内处理。请过几天凭查询码和查询密码查看进度，工作人员可能会在那里向您提问。
      </p>
      <div className="actions no-print">
        <button
          type="button"
          className="button"
          onClick={() => {
            onQuery({ queryCode: receipt.queryCode, queryPassword: receipt.queryPassword });
            go('query');
          }}
        >
          我已保存，去查询进度
        </button>
      </div>
    </div>
  );
}
