import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from '../regions/index.js';
import { autoMapColumns, type ImportMapping } from './headers.js';
import { categoryResolver, regionResolver } from './lookups.js';
import { canonicalContent, columnName, validateImportRow } from './validate-row.js';

const HEADERS = ['序号', '来信日期', '信访形式', '性质', '问题类别', '问题属地', '信访人', '身份证号', '电话', '被反映人', '单位', '职务', '职级', '标题', '内容摘要', '人数'];
const GOOD = ['1', '2023/5/6', '来信', '检举控告', '违规接受礼品礼金宴请服务', '德庆县新圩镇', '张伟', '441226198001010010', '13812345678', '李明', '德庆县新圩镇人民政府', '副镇长', '乡科级', '反映李明收受礼金', '春节期间多次收受礼金', ''];
const mapping: ImportMapping = { columns: autoMapColumns(HEADERS), defaults: { pipeline: 'discipline', source: 'direct', backdateReason: '历史台账导入' } };
const ctx = {
  resolveRegion: regionResolver(buildRegionIndex([['440000', '广东省'], ['441200', '肇庆市'], ['441226', '德庆县'], ['441226101', '新圩镇']]), '441226'),
  resolveCategory: categoryResolver([
    { pipeline: 'discipline', code: '0123', name: '违反廉洁纪律行为', parentCode: null, department: null, sortOrder: 1 },
    { pipeline: 'discipline', code: '012302', name: '违规接受礼品礼金宴请服务', parentCode: '0123', department: null, sortOrder: 1 },
  ]),
};
const config = { today: '2026-11-30' };
const check = (cells: string[], m = mapping) => validateImportRow(cells, m, ctx, config);
const set = (col: string, value: string) => GOOD.map((c, i) => (HEADERS[i] === col ? value : c));

describe('a ledger row as a registration', () => {
  it('turns labels and names into codes and passes the registration rules', () => {
    const { input, problems } = check(GOOD);
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      receivedOn: '2023-05-06',
      channel: 'letter',
      source: 'direct',
      pipeline: 'discipline',
      nature: 'accusation',
      categoryCode: '012302',
      matterRegionCode: '441226101',
      anonymous: false,
      petitioners: [{ name: '张伟', idNumber: '441226198001010010', phones: ['13812345678'] }],
      accused: [{ kind: 'person', name: '李明', unit: '德庆县新圩镇人民政府', position: '副镇长', rank: 'section' }],
      backdateReason: '历史台账导入',
    });
  });

  it('reports a bad ID number on its column with the registration form’s message', () => {
    const { problems } = check(set('身份证号', '441226198001010011'));
    expect(problems).toEqual([{ field: 'petitionerIdNumber', path: 'petitioners.0.idNumber', message: expect.stringContaining('校验码错误') }]);
    expect(columnName('petitionerIdNumber', mapping, HEADERS)).toBe('身份证号');
  });

  it('reports an unreadable cell once, not again as a missing value', () => {
    const { problems } = check(set('信访形式', '飞鸽传书'));
    expect(problems).toEqual([{ field: 'channel', path: 'channel', message: '信访形式「飞鸽传书」无法识别' }]);
  });

  it('needs a backdate reason for old rows unless the mapping gives one', () => {
    const { problems } = check(GOOD, { ...mapping, defaults: { ...mapping.defaults, backdateReason: undefined } });
    expect(problems.map((p) => p.field)).toEqual(['backdateReason']);
  });

  it('makes an anonymous row of one without a name, and splits several accused', () => {
    const { input, problems } = check(set('信访人', '匿名').map((c, i) => (HEADERS[i] === '身份证号' || HEADERS[i] === '电话' ? '' : HEADERS[i] === '被反映人' ? '李明、王强' : c)));
    expect(problems).toEqual([]);
    expect(input.anonymous).toBe(true);
    expect(input.petitioners).toEqual([]);
    expect(input.accused.map((a) => [a.name, a.unit, a.rank])).toEqual([
      ['李明', '德庆县新圩镇人民政府', 'section'],
      ['王强', '德庆县新圩镇人民政府', 'section'],
    ]);
  });

  it('gives the same content key whatever the column order and spelling', () => {
    const reordered = [...HEADERS].reverse();
    const cells = [...GOOD].reverse().map((c) => (c === '2023/5/6' ? '2023年5月6日' : c));
    const a = check(GOOD).input;
    const b = validateImportRow(cells, { ...mapping, columns: autoMapColumns(reordered) }, ctx, config).input;
    expect(canonicalContent(a)).toBe(canonicalContent(b));
    expect(canonicalContent(a)).not.toBe(canonicalContent(check(set('标题', '另一件事')).input));
  });
});

describe('free text as written', () => {
  it('keeps full-width punctuation and line breaks of titles and content', () => {
    const { input } = check(set('内容摘要', '第一段，含全角逗号。\n第二段（附件略）'));
    expect(input.summary).toBe('第一段，含全角逗号。\n第二段（附件略）');
  });

  it('takes the named visitors of a group visit as its representatives', () => {
    const m: ImportMapping = { ...mapping, defaults: { ...mapping.defaults, pipeline: 'government', nature: 'claim' } };
    const cells = set('信访形式', '来访').map((c, i) => (HEADERS[i] === '人数' ? '30人' : HEADERS[i] === '信访人' ? '张伟、王芳' : HEADERS[i] === '性质' || HEADERS[i] === '问题类别' || HEADERS[i] === '被反映人' ? '' : c));
    const { input, problems } = validateImportRow(cells, m, ctx, config);
    expect(problems.filter((p) => p.path === 'petitioners')).toEqual([]);
    expect(input.headcount).toBe(30);
    expect(input.petitioners.map((p) => [p.name, p.isRepresentative, p.idNumber])).toEqual([
      ['张伟', true, '441226198001010010'],
      ['王芳', true, undefined],
    ]);
  });
});
