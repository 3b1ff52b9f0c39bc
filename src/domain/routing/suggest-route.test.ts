import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { Rank, UnitKind, UnitLevel } from '../vocabulary/index.js';
import { TOWN_GRASSROOTS_LEVELS } from './rank-levels.js';
import { suggestRoute } from './suggest-route.js';
import type { RoutingContext, RoutingUnit } from './types.js';

const unit = (
  id: string,
  name: string,
  level: UnitLevel,
  kind: UnitKind,
  regionCode: string,
  parentId: string | null,
): RoutingUnit => ({
  id,
  name,
  level,
  kind,
  regionCode,
  parentId,
});

/** After the demo tree (domain.md), plus 北京 without a city level and a few departments. */
const UNITS: RoutingUnit[] = [
  unit('root', '全国信访举报工作网络', 'central', 'petitionBureau', '100000', null),
  unit('ccdi', '中央纪委国家监委信访室', 'central', 'discipline', '100000', 'root'),
  unit('gd', '广东省纪委监委信访室', 'province', 'discipline', '440000', 'ccdi'),
  unit('zq', '肇庆市纪委监委', 'city', 'discipline', '441200', 'gd'),
  unit('dq', '德庆县纪委监委', 'county', 'discipline', '441226', 'zq'),
  unit('dq_xinxu', '新圩镇群众工作站', 'town', 'townOffice', '441226101', 'dq'),
  unit('fk', '封开县纪委监委', 'county', 'discipline', '441225', 'zq'),
  unit('bj', '北京市纪委监委', 'province', 'discipline', '110000', 'ccdi'),
  unit('cy', '朝阳区纪委监委', 'county', 'discipline', '110105', 'bj'),
  unit('nbpl', '国家信访局', 'central', 'petitionBureau', '100000', 'root'),
  unit('sd', '山东省信访局', 'province', 'petitionBureau', '370000', 'nbpl'),
  unit('qd', '青岛市信访局', 'city', 'petitionBureau', '370200', 'sd'),
  unit('jz', '胶州市信访局', 'county', 'petitionBureau', '370281', 'qd'),
  unit('jz_hrss', '胶州市人力资源和社会保障局', 'county', 'department', '370281', 'jz'),
  unit('qd_housing', '青岛市住房和城乡建设局', 'city', 'department', '370200', 'qd'),
  unit('jz_cdi', '胶州市纪委监委', 'county', 'discipline', '370281', 'qd'),
  unit('zy', '中云街道办事处', 'town', 'townOffice', '370281002', 'jz'),
  unit('zy_cdi', '中云街道纪工委', 'town', 'discipline', '370281002', 'zy'),
];
const NAMES: Record<string, string> = {
  '441226': '德庆县',
  '441226101': '新圩镇',
  '110105': '朝阳区',
  '370281': '胶州市',
};
const ctx: RoutingContext = { units: UNITS, regionName: (code) => NAMES[code] ?? null };

const discipline = (rank: Rank, matterRegion = '441226', isUnitChief = false) =>
  suggestRoute({ pipeline: 'discipline', matterRegion, accused: { rank, isUnitChief } }, ctx);

describe('level by rank (干部管理权限), unit by the matter region', () => {
  it.each([
    ['provincial', 'ccdi', 'central', '中央纪委国家监委'],
    ['bureau', 'gd', 'province', '省纪委监委'],
    ['division', 'zq', 'city', '市纪委监委'],
    ['section', 'dq', 'county', '县纪委监委'],
    ['general', 'dq', 'county', '县纪委监委'],
    ['villageCadre', 'dq', 'county', '县纪委监委'],
  ] as const)('sends a %s cadre to %s', (rank, unitId, level, body) => {
    const r = discipline(rank);
    expect(r).toMatchObject({ unitId, level, pipeline: 'discipline' });
    expect(r.reasons[0]).toMatch(new RegExp(`^被反映人为.+干部，按干部管理权限由${body}受理$`));
    expect(r.reasons).toContain('问题属地：德庆县（441226）');
  });

  it('words the reason as the handbook does', () => {
    expect(discipline('division').reasons.slice(0, 2)).toEqual([
      '被反映人为县处级干部，按干部管理权限由市纪委监委受理',
      '问题属地：德庆县（441226）',
    ]);
  });

  it('places a matter with no official by its region at county level', () => {
    const r = suggestRoute({ pipeline: 'discipline', matterRegion: '441225' }, ctx);
    expect(r).toMatchObject({ unitId: 'fk', level: 'county' });
    expect(r.reasons[0]).toBe('未涉及公职人员，按属地管理由县纪委监委受理');
  });

  it('sends grassroots cadres to the town where towns are configured, else the county', () => {
    const towns = { ...ctx, rankLevels: TOWN_GRASSROOTS_LEVELS };
    expect(
      suggestRoute(
        { pipeline: 'discipline', matterRegion: '370281002', accused: { rank: 'villageCadre' } },
        towns,
      ),
    ).toMatchObject({
      unitId: 'zy_cdi',
      level: 'town',
    });
    expect(
      suggestRoute(
        { pipeline: 'discipline', matterRegion: '370281002', accused: { rank: 'villageCadre' } },
        ctx,
      ).unitId,
    ).toBe('jz_cdi');
    const coarse = suggestRoute(
      { pipeline: 'discipline', matterRegion: '370281', accused: { rank: 'general' } },
      towns,
    );
    expect(coarse).toMatchObject({ unitId: 'jz_cdi', level: 'county' });
    expect(coarse.reasons).toContain('问题属地只明确到县级，由县纪委监委受理');
  });

  it('lets the highest-ranked of several accused decide', () => {
    const r = suggestRoute(
      {
        pipeline: 'discipline',
        matterRegion: '441226',
        accused: [{ rank: 'general' }, { rank: 'bureau' }, { rank: 'section' }],
      },
      ctx,
    );
    expect(r.unitId).toBe('gd');
  });
});

describe('a report about a unit chief', () => {
  it('goes one level above the level of the rank', () => {
    const r = discipline('section', '441226', true);
    expect(r).toMatchObject({ unitId: 'zq', level: 'city' });
    expect(r.reasons).toContain('被反映人系所在单位主要负责人，提级由市纪委监委受理');
    expect(discipline('division', '441226', true).unitId).toBe('gd');
  });

  it('stays at the centre for the highest rank', () => {
    expect(discipline('provincial', '441226', true).unitId).toBe('ccdi');
  });
});

describe('a level with no unit', () => {
  it('falls back up the tree and says so (北京 has no city-level body)', () => {
    const r = discipline('division', '110105');
    expect(r).toMatchObject({ unitId: 'bj', level: 'province' });
    expect(r.reasons).toContain('市级未设对应的纪检监察机关，改由上一级受理');
    expect(discipline('section', '110105').unitId).toBe('cy');
  });

  it('goes up from a town that has only a 群众工作站', () => {
    const towns = { ...ctx, rankLevels: TOWN_GRASSROOTS_LEVELS };
    const r = suggestRoute(
      { pipeline: 'discipline', matterRegion: '441226101', accused: { rank: 'general' } },
      towns,
    );
    expect(r).toMatchObject({ unitId: 'dq', level: 'county' });
    expect(r.reasons).toContain('乡镇/街道未设对应的纪检监察机关，改由上一级受理');
    expect(r.reasons).toContain('问题属地：新圩镇（441226101）');
  });

  it('asks a person when nothing in the tree fits', () => {
    const r = suggestRoute({ pipeline: 'discipline', matterRegion: '441226' }, { units: [] });
    expect(r).toMatchObject({ unitId: null, level: null });
    expect(r.reasons.at(-1)).toBe('未找到可受理的单位，请人工指定承办单位');
  });

  it('skips inactive units', () => {
    const units = UNITS.map((u) => (u.id === 'dq' ? { ...u, active: false } : u));
    expect(suggestRoute({ pipeline: 'discipline', matterRegion: '441226' }, { units }).unitId).toBe('zq');
  });
});

describe('government petitions by category (归口)', () => {
  it('go to the department of the category at the level, a sub-category inheriting its parent', () => {
    for (const categoryCode of ['02', '0201']) {
      const r = suggestRoute({ pipeline: 'government', matterRegion: '370281', categoryCode }, ctx);
      expect(r).toMatchObject({ unitId: 'jz_hrss', level: 'county', pipeline: 'government' });
      expect(r.reasons).toContain('问题类别「劳动社保」归口人力资源和社会保障局办理');
    }
    expect(
      suggestRoute({ pipeline: 'government', matterRegion: '370281', categoryName: '劳动社保' }, ctx).unitId,
    ).toBe('jz_hrss');
  });

  it('go to the petition bureau when the level has no such department', () => {
    const r = suggestRoute({ pipeline: 'government', matterRegion: '370281', categoryCode: '01' }, ctx);
    expect(r.unitId).toBe('jz');
    expect(r.reasons).toContain('县级未设住房和城乡建设局，由信访部门办理');
    expect(
      suggestRoute({ pipeline: 'government', matterRegion: '370281', categoryCode: '99' }, ctx).unitId,
    ).toBe('jz');
  });

  it('use the department at the rank level above', () => {
    const r = suggestRoute(
      { pipeline: 'government', matterRegion: '370281', categoryCode: '01', accused: { rank: 'division' } },
      ctx,
    );
    expect(r).toMatchObject({ unitId: 'qd_housing', level: 'city' });
  });

  it('cross to the discipline body when they accuse (检举控告)', () => {
    const byCategory = suggestRoute(
      { pipeline: 'government', matterRegion: '370281', categoryCode: '13' },
      ctx,
    );
    expect(byCategory).toMatchObject({ unitId: 'jz_cdi', pipeline: 'discipline' });
    expect(byCategory.reasons[0]).toBe('检举控告类事项，按管理权限转纪检监察机关办理');
    const byNature = suggestRoute(
      {
        pipeline: 'government',
        matterRegion: '370281',
        categoryCode: '02',
        isAccusation: true,
        accused: { rank: 'division' },
      },
      ctx,
    );
    // This tree has no 青岛 or 山东 discipline body: the fallback climbs to the centre and says so at each level.
    expect(byNature).toMatchObject({ pipeline: 'discipline', unitId: 'ccdi', level: 'central' });
    expect(byNature.reasons).toEqual(
      expect.arrayContaining([
        '市级未设对应的纪检监察机关，改由上一级受理',
        '省级未设对应的纪检监察机关，改由上一级受理',
      ]),
    );
  });

  it('picks a real bureau over the tree root at the centre', () => {
    expect(
      suggestRoute({ pipeline: 'government', matterRegion: '370281', accused: { rank: 'provincial' } }, ctx)
        .unitId,
    ).toBe('nbpl');
  });
});

describe('the matter region', () => {
  it('is refused when malformed', () => {
    expect(() => suggestRoute({ pipeline: 'discipline', matterRegion: '44122' }, ctx)).toThrow(AppError);
    expect(() => suggestRoute({ pipeline: 'discipline', matterRegion: '44122' }, ctx)).toThrow(
      '问题属地应为 6 至 12 位行政区划代码',
    );
  });

  it('falls back to the accused unit region when not given', () => {
    const r = suggestRoute({ pipeline: 'discipline', accused: { rank: 'section', unitId: 'fk' } }, ctx);
    expect(r.unitId).toBe('fk');
    expect(r.reasons[0]).toBe('未填写问题属地，按被反映人所在单位（封开县纪委监委）的行政区划确定');
    expect(() => suggestRoute({ pipeline: 'discipline' }, ctx)).toThrow('请填写问题属地');
  });

  it('reads 12-digit village codes down to their town', () => {
    const towns = { ...ctx, rankLevels: TOWN_GRASSROOTS_LEVELS };
    const r = suggestRoute(
      { pipeline: 'discipline', matterRegion: '370281002201', accused: { rank: 'villageCadre' } },
      towns,
    );
    expect(r.unitId).toBe('zy_cdi');
  });
});
