import { Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../common/api.js';
import type { RegionDetail } from '../../common/types.js';

interface Props {
  id?: string;
  value?: string;
  onChange?: (code: string) => void;
  placeholder?: string;
}

const COMPLETE = /^\d{6}(\d{3}(\d{3})?)?$/;

/**
 * The region (GB/T 2260 code) of a unit, as a form control (value/onChange), so a cascader can take its
 * place without touching the forms. Shows the region's full name once the code is complete.
 */
export function RegionInput({
  id,
  value = '',
  onChange,
  placeholder = '6 位（县级）、9 位（乡镇）或 12 位（村级）代码',
}: Props) {
  const [name, setName] = useState<{ code: string; text: string; found: boolean } | null>(null);

  useEffect(() => {
    if (!COMPLETE.test(value)) return;
    let live = true;
    api.get<RegionDetail>(`/regions/${value}`).then(
      (r) => live && setName({ code: value, text: r.fullName, found: true }),
      () => live && setName({ code: value, text: '未找到该代码对应的行政区划', found: false }),
    );
    return () => {
      live = false;
    };
  }, [value]);

  const shown = name && name.code === value ? name : null;
  return (
    <>
      <Input
        id={id}
        value={value}
        inputMode="numeric"
        maxLength={12}
        placeholder={placeholder}
        onChange={(e) => onChange?.(e.target.value.replace(/\D/g, ''))}
      />
      {shown && (
        <Typography.Text type={shown.found ? 'secondary' : 'warning'} style={{ fontSize: 12 }}>
          {shown.text}
        </Typography.Text>
      )}
    </>
  );
}
