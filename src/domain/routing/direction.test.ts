import { describe, expect, it } from 'vitest';
import { directionFrom, overrideRoute, RESTRICTED_RECORD_FIELDS, restrictedRecord } from './direction.js';
import type { RouteSuggestion } from './types.js';

const city = { id: 'zq', level: 'city', parentId: 'gd', path: '/ccdi/gd/zq/' } as const;
const county = { id: 'dq', level: 'county', parentId: 'zq', path: '/ccdi/gd/zq/dq/' } as const;
const sibling = { id: 'fk', level: 'county', parentId: 'zq', path: '/ccdi/gd/zq/fk/' } as const;
const office = { id: 'dq_xfs', level: 'county', parentId: 'dq', path: '/ccdi/gd/zq/dq/dq_xfs/' } as const;

describe('directionFrom', () => {
  it('handles here, sends down to a lower or a same-level unit, and up to a higher one', () => {
    expect(directionFrom(county, county)).toBe('here');
    expect(directionFrom(city, county)).toBe('down');
    expect(directionFrom(county, sibling)).toBe('down');
    expect(directionFrom(county, city)).toBe('up');
  });

  it('sees a same-level parent body as up, by path or by the tree', () => {
    expect(directionFrom(office, county)).toBe('up');
    const noPaths = [county, office].map(({ path: _path, ...u }) => u);
    expect(directionFrom(noPaths[1]!, noPaths[0]!, noPaths)).toBe('up');
    expect(directionFrom(noPaths[0]!, noPaths[1]!, noPaths)).toBe('down');
  });
});

describe('restrictedRecord', () => {
  const sent = {
    id: 'c1',
    caseNo: 'DQ2025000123',
    sentAt: '2025-03-04T09:00:00+08:00',
    sentToUnitId: 'zq',
    sentToUnitName: '肇庆市纪委监委',
    title: '反映德庆县纪委书记某某违规收受礼金',
    content: '某某于2024年春节期间收受礼金五万元',
    petitioners: [{ name: '张三', phone: '13800000000' }],
    accused: [{ name: '某某', rank: 'division' }],
    attachments: ['举报信.pdf'],
    categoryCode: '0123',
  };

  it('keeps that it was sent, when and to whom, and nothing of the content', () => {
    const record = restrictedRecord(sent);
    expect(Object.keys(record).sort()).toEqual([...RESTRICTED_RECORD_FIELDS].sort());
    expect(record).toEqual({
      caseId: 'c1',
      caseNo: 'DQ2025000123',
      sentAt: '2025-03-04T09:00:00+08:00',
      sentToUnitId: 'zq',
      sentToUnitName: '肇庆市纪委监委',
      restricted: true,
    });
    const kept = JSON.stringify(record);
    for (const secret of ['某某', '礼金', '张三', '13800000000', '举报信'])
      expect(kept).not.toContain(secret);
  });
});

describe('overrideRoute', () => {
  const suggestion: RouteSuggestion = {
    unitId: 'zq',
    level: 'city',
    pipeline: 'discipline',
    reasons: ['被反映人为县处级干部，按干部管理权限由市纪委监委受理'],
  };
  const units = [
    { id: 'zq', name: '肇庆市纪委监委', level: 'city' as const },
    { id: 'gd', name: '广东省纪委监委信访室', level: 'province' as const },
  ];

  it('refuses another unit without a reason', () => {
    expect(overrideRoute(suggestion, 'gd', '  ')).toEqual({
      ok: false,
      message: '改变系统建议的承办单位，必须说明理由',
    });
    expect(overrideRoute(suggestion, '', '理由')).toEqual({ ok: false, message: '请选择承办单位' });
    expect(overrideRoute(suggestion, 'nowhere', '理由', units)).toEqual({
      ok: false,
      message: '所选承办单位不存在',
    });
  });

  it('records the choice, the reason and what was suggested', () => {
    const r = overrideRoute(suggestion, 'gd', '涉及省管干部同案', units);
    expect(r).toEqual({
      ok: true,
      route: {
        unitId: 'gd',
        level: 'province',
        pipeline: 'discipline',
        reasons: [...suggestion.reasons, '人工改派至广东省纪委监委信访室，理由：涉及省管干部同案'],
        overridden: true,
        suggestedUnitId: 'zq',
      },
    });
  });

  it('needs no reason to keep the suggestion', () => {
    expect(overrideRoute(suggestion, 'zq', '')).toEqual({ ok: true, route: suggestion });
  });
});
