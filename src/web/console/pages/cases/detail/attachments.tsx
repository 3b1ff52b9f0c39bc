import { FilePdfOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Image, List, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { API_BASE, errorMessage } from '../../../../common/api.js';
import { attachmentKindLabel } from '../../../../common/case-labels.js';
import { chinaTime } from '../../../../common/format.js';
import { useMe } from '../../../session.js';
import { ATTACHMENT_ACCEPT, uploadAttachment } from '../shared/upload.js';
import type { AttachmentView } from '../types.js';

const sizeText = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
/** Formats a browser shows by itself; TIFF scans and AMR recordings are downloaded instead. */
const SHOWN_IMAGES = /^image\/(jpeg|png|gif|webp)$/;
const PLAYED_AUDIO = /^audio\/(mpeg|wav|ogg|mp4)$/;

function Preview({ a }: { a: AttachmentView }) {
  const src = `${API_BASE}/attachments/${a.id}`;
  if (SHOWN_IMAGES.test(a.mime))
    return <Image src={src} alt={a.fileName} width={96} height={96} style={{ objectFit: 'cover' }} />;
  if (PLAYED_AUDIO.test(a.mime))
    return <audio controls preload="none" src={src} aria-label={a.fileName} style={{ height: 36 }} />;
  return (
    <span style={{ fontSize: 32, color: a.mime === 'application/pdf' ? '#cf1322' : '#8c8c8c' }}>
      {a.mime === 'application/pdf' ? <FilePdfOutlined /> : <PaperClipOutlined />}
    </span>
  );
}

/** 附件: scans and photos preview, recordings play, PDFs open in a new tab; every opening is audited by the server. */
export function Attachments({
  caseId,
  attachments,
  onAdded,
}: {
  caseId: string;
  attachments: readonly AttachmentView[];
  onAdded: () => void;
}) {
  const me = useMe();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const canUpload = me.permissions.includes('case.register');

  const upload = async (file: File) => {
    setBusy(true);
    try {
      await uploadAttachment(caseId, file, file.name, me.csrfToken);
      message.success(`已上传「${file.name}」`);
      onAdded();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="attachments">
      <List
        size="small"
        dataSource={[...attachments]}
        locale={{ emptyText: '暂无附件' }}
        renderItem={(a) => (
          <List.Item>
            <List.Item.Meta
              avatar={<Preview a={a} />}
              title={
                <a href={`${API_BASE}/attachments/${a.id}`} target="_blank" rel="noreferrer">
                  {a.fileName}
                </a>
              }
              description={
                <Typography.Text type="secondary">
                  {attachmentKindLabel(a.kind)}
                  {'\u3000'}
                  {sizeText(a.size)}
                  {'\u3000'}
                  {chinaTime(a.uploadedAt)}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
      {canUpload && (
        <Upload
          multiple
          accept={ATTACHMENT_ACCEPT}
          showUploadList={false}
          customRequest={({ file }) => void upload(file as File)}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            上传附件
          </Button>
        </Upload>
      )}
    </Space>
  );
}
