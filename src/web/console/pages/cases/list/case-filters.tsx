import { Button, DatePicker, Input, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import {
  CHANNEL_LABELS,
  CHANNELS,
  PIPELINE_LABELS,
  PIPELINES,
  UNIT_LEVEL_LABELS,
  type UnitLevel,
} from '../../../../../domain/vocabulary/index.js';
import { CASE_STATES, STATE_LABELS } from '../../../../../domain/workflow/states.js';
import {
  caseNatureLabel,
  LIGHT_LABELS,
  optionsOf,
  rankLabel,
  sourceLabel,
} from '../../../../common/case-labels.js';
import type { Unit } from '../../../../common/types.js';
import { ANY_UNIT, UnitSelect } from '../../../components/unit-select.js';
import { CategorySelect } from '../shared/category-select.js';
import { RegionCascader } from '../shared/region-cascader.js';
import type { FilterKey, ListState } from './list-query.js';

/** 标记: each mark is one API filter set to a value; several marks narrow together. */
const MARKS = [
  { value: 'groupVisit', label: '集体访', param: 'groupVisit', on: 'true' },
  { value: 'skipLevel', label: '越级访', param: 'skipLevel', on: 'true' },
  { value: 'realName', label: '实名', param: 'realName', on: 'true' },
  { value: 'anonymousOrNot', label: '非实名', param: 'realName', on: 'false' },
  { value: 'repeat', label: '重复件', param: 'repeatStatus', on: 'repeat' },
  { value: 'supervised', label: '督办件', param: 'supervised', on: 'true' },
] as const satisfies readonly { value: string; label: string; param: FilterKey; on: string }[];

const LIGHTS = ['red', 'yellow', 'green'] as const;

const MISSING_LABELS: Record<string, string> = {
  category: '问题类别',
  matterRegion: '问题属地',
  rank: '被反映人职级',
  light: '计时（无正在计时的期限）',
};

/**
 * Filters the list has no control for, as statistics drill through to it (信访来源, 承办层级, 本级 …): each shows
 * as a tag in words, and closing the tag removes it.
 */
const TAGGED: { key: FilterKey; text: (f: ListState['filters']) => string }[] = [
  { key: 'source', text: (f) => `信访来源：${sourceLabel(f.source)}` },
  { key: 'unitLevel', text: (f) => `承办层级：${UNIT_LEVEL_LABELS[f.unitLevel as UnitLevel]}` },
  { key: 'unitOnly', text: () => '仅本级（不含下级单位）' },
  { key: 'nature', text: (f) => `性质/类别：${caseNatureLabel(f.pipeline ?? '', f.nature!)}` },
  { key: 'rank', text: (f) => `被反映人职级：${rankLabel(f.rank)}` },
  { key: 'matterRegionExact', text: () => '问题属地未细化到下一级' },
  {
    key: 'missing',
    text: (f) =>
      `未填写：${f
        .missing!.split(',')
        .map((m) => MISSING_LABELS[m] ?? m)
        .join('、')}`,
  },
];

export function FilterTags({
  state,
  onChange,
}: {
  state: ListState;
  onChange: (patch: Partial<Record<FilterKey, string | undefined>>) => void;
}) {
  const f = state.filters;
  return (
    <>
      {TAGGED.filter((t) => f[t.key]).map((t) => (
        <Tag
          key={t.key}
          color="geekblue"
          closable
          data-testid={`filter-tag-${t.key}`}
          onClose={() => onChange({ [t.key]: undefined })}
        >
          {t.text(f)}
        </Tag>
      ))}
    </>
  );
}

interface Props {
  state: ListState;
  units: readonly Unit[];
  onChange: (patch: Partial<Record<FilterKey, string | undefined>>) => void;
  onReset: () => void;
}

/** The list's filters; each change goes to the URL through onChange. */
export function CaseFilters({ state, units, onChange, onReset }: Props) {
  const f = state.filters;
  const [q, setQ] = useState(f.q ?? '');
  useEffect(() => setQ(f.q ?? ''), [f.q]);
  const marks = MARKS.filter((m) => f[m.param] === m.on).map((m) => m.value);

  const setMarks = (chosen: string[]) => {
    const patch: Partial<Record<FilterKey, string | undefined>> = {};
    for (const m of MARKS) if (f[m.param] === m.on) patch[m.param] = undefined;
    for (const m of MARKS) if (chosen.includes(m.value)) patch[m.param] = m.on; // a later mark of the same field wins
    onChange(patch);
  };

  return (
    <Space wrap size={[8, 8]} style={{ marginBottom: 16 }} data-testid="case-filters">
      <Input.Search
        placeholder="标题、内容关键词或信访编号"
        allowClear
        maxLength={60}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() || undefined })}
        style={{ width: 260 }}
        aria-label="关键词"
      />
      <Select
        placeholder="全部状态"
        allowClear
        value={f.state}
        onChange={(v?: string) => onChange({ state: v })}
        options={optionsOf(CASE_STATES, STATE_LABELS)}
        style={{ width: 150 }}
        aria-label="状态"
      />
      <Select
        placeholder="全部信访形式"
        allowClear
        value={f.channel}
        onChange={(v?: string) => onChange({ channel: v })}
        options={optionsOf(CHANNELS, CHANNEL_LABELS)}
        style={{ width: 150 }}
        popupMatchSelectWidth={false}
        aria-label="信访形式"
      />
      <Select
        placeholder="全部业务类型"
        allowClear
        value={f.pipeline}
        onChange={(v?: string) => onChange({ pipeline: v, categoryCode: undefined, nature: undefined })}
        options={optionsOf(PIPELINES, PIPELINE_LABELS)}
        style={{ width: 170 }}
        popupMatchSelectWidth={false}
        aria-label="业务类型"
      />
      <CategorySelect
        pipeline={f.pipeline}
        value={f.categoryCode}
        onChange={(v) => onChange({ categoryCode: v })}
        placeholder="全部问题类别"
        allowClear
        style={{ width: 180 }}
      />
      <RegionCascader
        value={f.matterRegionCode}
        onChange={(v) => onChange({ matterRegionCode: v })}
        placeholder="问题属地"
        style={{ width: 220, minWidth: 220 }}
      />
      <DatePicker.RangePicker
        value={[f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
        placeholder={['信访日期起', '信访日期止']}
      />
      <Select
        mode="multiple"
        placeholder="标记"
        allowClear
        value={marks}
        onChange={setMarks}
        options={MARKS.map((m) => ({ value: m.value, label: m.label }))}
        style={{ minWidth: 160 }}
        aria-label="标记"
      />
      <Select
        placeholder="期限"
        allowClear
        value={f.light}
        onChange={(v?: string) => onChange({ light: v })}
        options={LIGHTS.map((l) => ({ value: l, label: LIGHT_LABELS[l] }))}
        style={{ width: 100 }}
        aria-label="期限"
      />
      <UnitSelect
        units={units}
        value={f.unitId}
        onChange={(unitId) => onChange({ unitId })}
        placeholder="全部单位"
        allowClear
        disable={ANY_UNIT}
      />
      <Button onClick={onReset}>重置</Button>
    </Space>
  );
}
