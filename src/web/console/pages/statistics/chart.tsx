import ReactEChartsCore from 'echarts-for-react/esm/core.js';
import type { CSSProperties } from 'react';
import { echarts } from './echarts.js';

interface Props {
  option: Record<string, unknown>;
  style?: CSSProperties;
  onClick?: (params: { name: string; data?: unknown }) => void;
  label: string;
}

/** One ECharts chart (canvas); `label` names it for screen readers. */
export function Chart({ option, style, onClick, label }: Props) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: 300, ...style }}
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </div>
  );
}
