import { Descriptions } from 'antd';
import { fieldLabel } from '../../shared/field-labels.js';

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '（空）' : typeof v === 'string' ? v : JSON.stringify(v);

/** An audit entry's detail: changed fields as "before → after" when there are any, then the full JSON. */
export function AuditDetail({ detail }: { detail: unknown }) {
  const changes =
    detail && typeof detail === 'object' && 'changes' in detail
      ? (detail as { changes: Record<string, [unknown, unknown]> }).changes
      : null;
  return (
    <div>
      {changes && Object.keys(changes).length > 0 && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 8 }} title="变更内容">
          {Object.entries(changes).map(([field, [before, after]]) => (
            <Descriptions.Item key={field} label={fieldLabel(field)}>
              {show(before)} → {show(after)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      <pre
        style={{
          margin: 0,
          padding: 12,
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          borderRadius: 4,
          fontSize: 12,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {detail === null || detail === undefined ? '（无详细信息）' : JSON.stringify(detail, null, 2)}
      </pre>
    </div>
  );
}
