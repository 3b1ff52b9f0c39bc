import { Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { Dashboard } from '../../../../shared/schemas/statistics.js';
import { Chart } from './chart.js';
import { loadMap, type MapFeature } from './echarts.js';

interface Props {
  regions: Dashboard['regions'];
  /** Called with the adcode of an area clicked (to drill down). */
  onPick?: (code: string) => void;
}

/** Cases by matter region on the map of the region they lie in (China, a province or a prefecture). */
export function RegionMap({ regions, onPick }: Props) {
  const [map, setMap] = useState<{ code: string; name: string; features: MapFeature[] } | null | 'none'>(null);
  useEffect(() => {
    let live = true;
    void loadMap(regions.parentCode).then((m) => {
      if (live) setMap(m ? { code: regions.parentCode, ...m } : 'none');
    });
    return () => {
      live = false;
    };
  }, [regions.parentCode]);
  if (map === 'none') return <Empty description="暂无该地区地图" />;
  if (!map || map.code !== regions.parentCode) return <Spin />;
  const byCode = new Map(regions.items.map((r) => [r.code, r.n]));
  const data = map.features.map((f) => ({ name: f.properties.name, value: byCode.get(String(f.properties.adcode)) ?? 0 }));
  const max = Math.max(1, ...data.map((d) => d.value));
  const option = {
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${p.name}：${Number.isNaN(p.value) ? 0 : p.value} 件` },
    visualMap: { min: 0, max, left: 'left', bottom: 0, text: ['多', '少'], calculable: true, inRange: { color: ['#e6f4ff', '#1677ff', '#002c8c'] } },
    series: [{ type: 'map', map: map.name, roam: false, name: '信访件数', data, label: { show: map.features.length <= 40, fontSize: 10 } }],
  };
  const pick = (p: { name: string }) => {
    const f = map.features.find((x) => x.properties.name === p.name);
    if (f && onPick) onPick(String(f.properties.adcode));
  };
  return <Chart option={option} style={{ height: 420 }} onClick={pick} label="信访件问题属地分布地图" />;
}
