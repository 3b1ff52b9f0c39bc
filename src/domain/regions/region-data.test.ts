// The index over the real committed dictionary (src/db/seed/regions.json, 2023 statistics-bureau codes).
import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test loads the real seed file; the domain code itself reads nothing
import { loadRegionIndex } from '../../db/seed/regions.js';
import type { CascaderOption } from './cascader.js';
import { REGION_LEVELS } from './codes.js';

const index = loadRegionIndex();
const path = (code: string) => index.ancestors(code).map((r) => `${r.code} ${r.name}`);

describe('the 2023 dictionary', () => {
  it('has 31 provinces, 342 cities, 2,974 counties and 41,351 towns', () => {
    const count = Object.fromEntries(REGION_LEVELS.map((l) => [l, index.all().filter((r) => r.level === l).length]));
    // The source's 2,978 counties less the pseudo-counties of 东莞, 中山, 儋州 and 嘉峪关;
    // its 41,352 towns less the pseudo-town 350527000 金门县 (see scripts/build-regions.mjs).
    expect(count).toEqual({ province: 31, city: 342, county: 2974, town: 41351 });
    expect(index.isKnown('350527000')).toBe(true); // reads as the county 350527
    expect(index.get('350527000')?.level).toBe('county');
  });
  it('gives every region a parent one or more levels up, down to every town', () => {
    const broken = index.all().filter((region) => {
      const chain = index.ancestors(region.code);
      const depths = chain.map((r) => REGION_LEVELS.indexOf(r.level));
      const descending = depths.every((d, i) => i === 0 || d > (depths[i - 1] ?? 0));
      return chain[0]?.level !== 'province' || chain.at(-1) !== region || !descending;
    });
    expect(broken).toEqual([]);
  });
  it('resolves the demo chains', () => {
    expect(path('441226')).toEqual(['440000 广东省', '441200 肇庆市', '441226 德庆县']);
    expect(path('370281')).toEqual(['370000 山东省', '370200 青岛市', '370281 胶州市']);
    expect(path('370281002')).toEqual(['370000 山东省', '370200 青岛市', '370281 胶州市', '370281002 中云街道']);
    expect(index.children('441226').map((r) => r.name)).toContain('德城街道');
    expect(index.get('441226001')?.name).toBe('德城街道');
    expect(index.fullName('441226')).toBe('广东省肇庆市德庆县');
    expect(index.fullName('370281002')).toBe('山东省青岛市胶州市中云街道');
  });
  it('keeps municipalities and province-administered counties under their placeholders', () => {
    expect(path('110105')).toEqual(['110000 北京市', '110100 市辖区', '110105 朝阳区']);
    expect(index.fullName('110105')).toBe('北京市朝阳区');
    expect(path('500229')).toEqual(['500000 重庆市', '500200 县', '500229 城口县']);
    expect(path('429004')).toEqual(['420000 湖北省', '429000 省直辖县级行政区划', '429004 仙桃市']);
    expect(index.fullName('429004')).toBe('湖北省仙桃市');
    expect(index.level('469021')).toBe('county');
  });
  it('hangs the towns of cities without counties on the city', () => {
    const town = index.children('441900').find((r) => r.name === '东城街道');
    expect(town?.code).toBe('441900003');
    expect(index.level('441900')).toBe('city');
    expect(index.fullName('441900003')).toBe('广东省东莞市东城街道');
    for (const city of ['441900', '442000', '460400', '620200']) {
      const kids = index.children(city);
      expect(kids.length).toBeGreaterThan(0);
      expect(kids.every((r) => r.level === 'town')).toBe(true);
    }
    expect(index.parent('620201001')?.name).toBe('嘉峪关市');
  });
  it('accepts counties, towns, villages by their town, and the country; rejects unknown codes', () => {
    for (const code of ['441226', '441226001', '370281002001', '370281002000', '44', '4412', '100000']) {
      expect(index.isKnown(code)).toBe(true);
    }
    expect(index.fullName('370281002205')).toBe('山东省青岛市胶州市中云街道');
    for (const code of ['441299', '441226999', '999999', '710000', '441226999001', '', '4412x6']) {
      expect(index.isKnown(code)).toBe(false);
      expect(index.fullName(code)).toBeNull();
    }
  });
  it('builds cascader options to the depth asked', () => {
    const provinces = index.cascaderOptions();
    expect(provinces).toHaveLength(31);
    const guangdong = provinces.find((o) => o.value === '440000');
    const deqing = guangdong?.children?.find((o) => o.value === '441200')?.children?.find((o) => o.value === '441226');
    expect(deqing).toEqual({ value: '441226', label: '德庆县' }); // depth 3: counties are leaves
    const depthOf = (options: CascaderOption[]): number =>
      options.length === 0 ? 0 : 1 + Math.max(...options.map((o) => depthOf(o.children ?? [])));
    expect(depthOf(index.cascaderOptions('370281', 1))).toBe(1);
    expect(index.cascaderOptions('370281', 2).map((o) => o.label)).toContain('中云街道');
    expect(depthOf(index.cascaderOptions('370000', 4))).toBe(3);
  });
  it('finds regions by part of their name, coarser levels first', () => {
    const hits = index.search('胶州');
    expect(hits[0]?.code).toBe('370281');
    expect(index.search('中云街道').map((r) => r.code)).toEqual(['320771001', '370281002']);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('镇', 5)).toHaveLength(5);
  });
});
