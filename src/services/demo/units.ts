import type { UnitKind, UnitLevel } from '../../domain/vocabulary/index.js';

/** The demo unit tree, after the source document (domain.md "Units and levels"). */
export interface DemoUnit {
  key: string;
  /** Published on the portal as the office's contact. */
  phone?: string;
  address?: string;
  name: string;
  code: string;
  level: UnitLevel;
  kind: UnitKind;
  regionCode: string;
  children?: DemoUnit[];
}

const u = (key: string, name: string, code: string, level: UnitLevel, kind: UnitKind, regionCode: string, children?: DemoUnit[]): DemoUnit => ({
  key,
  name,
  code,
  level,
  kind,
  regionCode,
  ...(children ? { children } : {}),
});

/** Contacts the portal publishes (12388 is the discipline hotline, answered by the local commission). */
const CONTACTS: Record<string, { phone: string; address: string }> = {
  dq: { phone: '12388', address: '广东省肇庆市德庆县德城街道（县纪委监委信访室）' },
  zq: { phone: '12388', address: '广东省肇庆市端州区（市纪委监委信访室）' },
  jz: { phone: '0532-12345', address: '山东省青岛市胶州市（市信访局群众来访接待中心）' },
  zy: { phone: '0532-12345', address: '山东省青岛市胶州市中云街道办事处群众来访接待室' },
};

/** 德庆县's towns and streets (GB/T 2260, 2023 statistics-bureau codes). */
const DEQING_TOWNS: [string, string][] = [
  ['德城街道', '441226001'],
  ['新圩镇', '441226101'],
  ['回龙镇', '441226102'],
  ['官圩镇', '441226103'],
  ['马圩镇', '441226105'],
  ['高良镇', '441226106'],
  ['莫村镇', '441226107'],
  ['永丰镇', '441226109'],
  ['武垄镇', '441226110'],
  ['播植镇', '441226111'],
  ['凤村镇', '441226112'],
  ['悦城镇', '441226113'],
  ['九市镇', '441226114'],
];

export const ZHONGYUN_REGION = '370281002';
const villages: [string, string, UnitKind][] = [
  ['hetouyuan', '河头源社区', 'villageCommittee'],
  ['xisong', '西宋村', 'villageCommittee'],
  ['zhongyun', '中云社区', 'villageCommittee'],
  ['xiangtang', '响堂村', 'villageCommittee'],
  ['guojiazhuang', '郭家庄村', 'villageCommittee'],
  ['zhuangzhijian', '胶州市装置件厂', 'enterprise'],
  ['zaishengjiao', '胶州市再生胶厂', 'enterprise'],
  ['zhiding', '胶州市制钉厂', 'enterprise'],
  ['eryun', '胶州市第二运输公司', 'enterprise'],
  ['fenjin', '奋进鞋业有限公司', 'enterprise'],
  ['shunde', '顺德印刷厂', 'enterprise'],
];

const withContacts = (n: DemoUnit): DemoUnit => ({ ...n, ...CONTACTS[n.key], ...(n.children ? { children: n.children.map(withContacts) } : {}) });

export const DEMO_TREE_RAW: DemoUnit = u('root', '全国信访举报工作网络', 'CN', 'central', 'petitionBureau', '100000', [
  u('ccdi', '中央纪委国家监委信访室', 'CCDI', 'central', 'discipline', '100000', [
    u('gd', '广东省纪委监委信访室', 'GD44', 'province', 'discipline', '440000', [
      u('zq', '肇庆市纪委监委', 'ZQ4412', 'city', 'discipline', '441200', [
        u(
          'dq',
          '德庆县纪委监委',
          'DQ441226',
          'county',
          'discipline',
          '441226',
          DEQING_TOWNS.map(([name, code], i) =>
            u(`dq_town${i}`, `${name}群众工作站`, `DQ${code.slice(6)}`, 'town', 'townOffice', code),
          ),
        ),
        u('fk', '封开县纪委监委', 'FK441225', 'county', 'discipline', '441225'),
      ]),
    ]),
  ]),
  u('nbpl', '国家信访局', 'NBPL', 'central', 'petitionBureau', '100000', [
    u('sd', '山东省信访局', 'SD37', 'province', 'petitionBureau', '370000', [
      u('qd', '青岛市信访局', 'QD3702', 'city', 'petitionBureau', '370200', [
        u('jz', '胶州市信访局', 'JZ370281', 'county', 'petitionBureau', '370281', [
          u('zy', '中云街道办事处', 'ZY370281002', 'town', 'townOffice', ZHONGYUN_REGION, [
            u('zy_stability', '中云街道稳定中心', 'ZYWD', 'town', 'department', ZHONGYUN_REGION),
            u('zy_justice', '中云街道司法所', 'ZYSF', 'town', 'department', ZHONGYUN_REGION),
            u('zy_order', '中云街道综治办', 'ZYZZ', 'town', 'department', ZHONGYUN_REGION),
            ...villages.map(([key, name, kind], i) =>
              u(`zy_${key}`, name, `ZYV${String(i + 1).padStart(2, '0')}`, 'village', kind, ZHONGYUN_REGION),
            ),
          ]),
        ]),
      ]),
    ]),
  ]),
]);

export const DEMO_TREE: DemoUnit = withContacts(DEMO_TREE_RAW);
