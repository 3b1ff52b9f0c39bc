import { ScanOutlined } from '@ant-design/icons';
import { App, Input, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../common/api.js';

/**
 * 扫码框: a USB barcode scanner types the case number and Enter; so can a person. F2 puts the cursor here from
 * anywhere in the console. A number that is wrong or out of the user's reach gets the server's words.
 */
export function ScanBox() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const input = useRef<InputRef>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F2') return;
      e.preventDefault();
      input.current?.focus({ cursor: 'all' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const open = async () => {
    const caseNo = value.trim();
    if (!caseNo || busy) return;
    setBusy(true);
    try {
      const found = await api.get<{ id: string }>(`/cases/by-number/${encodeURIComponent(caseNo)}`);
      setValue('');
      navigate(`/cases/${found.id}`);
    } catch (e) {
      message.error(errorMessage(e));
      input.current?.focus({ cursor: 'all' }); // ready for the next scan
    } finally {
      setBusy(false);
    }
  };

  return (
    <Input
      ref={input}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onPressEnter={() => void open()}
      prefix={<ScanOutlined />}
      placeholder="扫码或输入信访编号（F2）"
      aria-label="扫码框"
      allowClear
      autoComplete="off"
      spellCheck={false}
      disabled={busy}
      style={{ width: 260 }}
      data-testid="scan-box"
    />
  );
}
