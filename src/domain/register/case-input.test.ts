import { describe, expect, it } from 'vitest';
import { validateRegistration } from './case-input.js';
import type { PetitionerInput, RegistrationConfig, RegistrationInput } from './registration.js';

const today = '2026-03-10';
const config: RegistrationConfig = { today };

const build = (over: Partial<RegistrationInput> = {}): RegistrationInput => ({
  receivedOn: '2026-03-09',
  channel: 'letter',
  source: 'direct',
  pipeline: 'government',
  nature: 'claim',
  categoryCode: '0301',
  matterRegionCode: '441226',
  petitioners: [{ name: '张三', phones: ['13812345678'], address: '广东省肇庆市德庆县德城街道' }],
  accused: [],
  summary: '反映村集体土地补偿款未发放',
  anonymous: false,
  ...over,
});
const people = (n: number, extra: Partial<PetitionerInput> = {}): PetitionerInput[] =>
  Array.from({ length: n }, (_, i) => ({ name: `来访人${i + 1}`, ...extra }));

const fields = (input: RegistrationInput, cfg: RegistrationConfig = config) =>
  validateRegistration(input, cfg).map((e) => e.field);
const messageOf = (input: RegistrationInput, field: string, cfg: RegistrationConfig = config) =>
  validateRegistration(input, cfg).find((e) => e.field === field)?.message;

describe('validateRegistration: a complete registration', () => {
  it('has no errors', () => {
    expect(validateRegistration(build(), config)).toEqual([]);
  });
});

describe('received date', () => {
  it('must be a real date and not in the future', () => {
    expect(messageOf(build({ receivedOn: '2026-02-30' }), 'receivedOn')).toContain('格式无效');
    expect(messageOf(build({ receivedOn: '2026-03-11' }), 'receivedOn')).toBe('信访日期不能晚于今天');
    expect(messageOf(build({ receivedOn: '' }), 'receivedOn')).toBe('请填写信访日期');
    expect(fields(build({ receivedOn: today }))).toEqual([]);
  });

  it('needs a reason when backdated beyond the configured number of days', () => {
    expect(fields(build({ receivedOn: '2026-03-03' }))).toEqual([]); // 7 days: allowed
    expect(messageOf(build({ receivedOn: '2026-03-02' }), 'backdateReason')).toContain('早于今天8天');
    expect(fields(build({ receivedOn: '2026-03-02', backdateReason: '春节期间积压来信' }))).toEqual([]);
    expect(fields(build({ receivedOn: '2026-03-08' }), { today, backdateDaysWithoutReason: 1 })).toEqual([
      'backdateReason',
    ]);
  });
});

describe('channel, source, pipeline and nature', () => {
  it('rejects unknown codes', () => {
    const bad = build({
      channel: 'pigeon' as never,
      source: 'x' as never,
      urgency: 'asap' as never,
      secrecy: 'top' as never,
    });
    expect(fields(bad)).toEqual(expect.arrayContaining(['channel', 'source', 'urgency', 'secrecy']));
    expect(fields(build({ pipeline: 'other' as never }))).toContain('pipeline');
  });

  it('checks the nature against the pipeline', () => {
    expect(messageOf(build({ nature: 'appeal' }), 'nature')).toBe('“申诉”不是党政信访的信访事项性质');
    expect(messageOf(build({ pipeline: 'discipline', nature: 'claim' }), 'nature')).toContain(
      '纪检监察检举控告的信访类别',
    );
    expect(messageOf(build({ nature: 'nonsense' as never }), 'nature')).toBe('请选择信访事项性质');
  });

  it('matches forwarded channels with their source', () => {
    expect(fields(build({ channel: 'transferIn', source: 'direct' }))).toEqual(['source']);
    expect(fields(build({ channel: 'transferIn', source: 'upperAssigned' }))).toEqual([]);
    expect(fields(build({ channel: 'leaderReferral', source: 'upperTransferred' }))).toEqual(['source']);
    expect(fields(build({ channel: 'leaderReferral', source: 'leaderAssigned' }))).toEqual([]);
  });

  it('requires a category except for out-of-scope and empty reports, and checks it when a tree is given', () => {
    expect(fields(build({ categoryCode: '' }))).toEqual(['categoryCode']);
    const outOfScope = build({ pipeline: 'discipline', nature: 'outOfScope', categoryCode: undefined });
    expect(fields(outOfScope)).toEqual([]);
    const cfg = { today, isKnownCategory: (_p: string, code: string) => code === '0122' };
    expect(messageOf(build(), 'categoryCode', cfg)).toBe('问题类别不存在或已停用');
  });

  it('requires a well-formed, known matter region', () => {
    expect(messageOf(build({ matterRegionCode: undefined }), 'matterRegionCode')).toBe('请选择问题属地');
    expect(messageOf(build({ matterRegionCode: '44122' }), 'matterRegionCode')).toContain('格式不对');
    const cfg = { today, isKnownRegion: (code: string) => code !== '441299' };
    expect(messageOf(build({ matterRegionCode: '441299' }), 'matterRegionCode', cfg)).toContain('不存在');
    expect(fields(build({ matterRegionCode: '441226101' }), cfg)).toEqual([]);
  });
});

describe('content', () => {
  it('needs a summary or the content, and the original text for online, SMS and e-mail items', () => {
    expect(fields(build({ summary: ' ' }))).toEqual(['summary']);
    expect(fields(build({ summary: undefined, content: '原信全文' }))).toEqual([]);
    expect(messageOf(build({ channel: 'online' }), 'content')).toBe('网上信访须保存原文内容');
    expect(fields(build({ channel: 'online', content: '网上填写的内容' }))).toEqual([]);
  });

  it('limits the title length', () => {
    expect(fields(build({ title: '标'.repeat(101) }))).toEqual(['title']);
  });
});

describe('petitioners by channel', () => {
  it('a named item needs a name; an anonymous one must not carry one', () => {
    expect(messageOf(build({ petitioners: [{ phones: ['13812345678'] }] }), 'petitioners')).toContain('姓名');
    expect(fields(build({ anonymous: true, petitioners: [] }))).toEqual([]);
    expect(fields(build({ anonymous: true }))).toEqual(['petitioners.0.name']);
  });

  it('a visit needs someone present; an anonymous visitor counts through the headcount', () => {
    expect(messageOf(build({ channel: 'visit', petitioners: [] }), 'petitioners')).toContain('来访须登记');
    expect(fields(build({ channel: 'visit', anonymous: true, petitioners: [] }))).toEqual(['petitioners']);
    expect(fields(build({ channel: 'visit', anonymous: true, petitioners: [], headcount: 1 }))).toEqual([]);
  });

  it('a phone item needs a valid caller number unless anonymous', () => {
    expect(messageOf(build({ channel: 'phone' }), 'callerNumber')).toContain('来电号码');
    expect(fields(build({ channel: 'phone', callerNumber: '0758-7771234' }))).toEqual([]);
    expect(messageOf(build({ channel: 'phone', callerNumber: '7771234' }), 'callerNumber')).toContain('区号');
    expect(fields(build({ channel: 'phone', anonymous: true, petitioners: [] }))).toEqual([]);
  });

  it('a letter only needs its received date', () => {
    expect(fields(build({ channel: 'letter', anonymous: true, petitioners: [] }))).toEqual([]);
  });

  it('allows one primary petitioner at most', () => {
    expect(fields(build({ petitioners: people(2, { isPrimary: true }) }))).toEqual(['petitioners']);
  });
});

describe('petitioner fields', () => {
  const one = (p: PetitionerInput) => fields(build({ petitioners: [{ name: '李四', ...p }] }));

  it('checks the ID number and says what is wrong', () => {
    expect(one({ idNumber: '441226198503170014' })).toEqual([]);
    expect(
      messageOf(
        build({ petitioners: [{ name: '李四', idNumber: '441226198503170015' }] }),
        'petitioners.0.idNumber',
      ),
    ).toContain('校验码错误');
  });

  it('checks birth date and sex against the ID number', () => {
    expect(one({ idNumber: '441226198503170014', birthDate: '1985-03-17', sex: 'male' })).toEqual([]);
    expect(one({ idNumber: '441226198503170014', birthDate: '1985-03-18', sex: 'female' })).toEqual([
      'petitioners.0.birthDate',
      'petitioners.0.sex',
    ]);
    expect(one({ birthDate: '2027-01-01' })).toEqual(['petitioners.0.birthDate']);
  });

  it('checks each phone, their number, the e-mail and the region', () => {
    expect(one({ phones: ['13812345678', '123'] })).toEqual(['petitioners.0.phones.1']);
    expect(one({ phones: ['13812345678', '13912345678', '0758-7771234', '13712345678'] })).toEqual([
      'petitioners.0.phones',
    ]);
    expect(one({ email: 'zhang@example' })).toEqual(['petitioners.0.email']);
    expect(one({ email: 'zhang@example.cn', regionCode: '4412' })).toEqual([]);
    expect(one({ regionCode: '12345' })).toEqual(['petitioners.0.regionCode']);
    expect(one({ name: '名'.repeat(51) })).toEqual(['petitioners.0.name']);
  });
});

describe('group visits and representatives', () => {
  const visit = (over: Partial<RegistrationInput>) => build({ channel: 'visit', ...over });

  it('a group visit (≥5 people) must name representatives, at most 5', () => {
    expect(messageOf(visit({ petitioners: people(2), headcount: 30 }), 'petitioners')).toContain(
      '集体访（30人）应推选代表',
    );
    expect(fields(visit({ petitioners: people(2, { isRepresentative: true }), headcount: 30 }))).toEqual([]);
    expect(
      messageOf(visit({ petitioners: people(6, { isRepresentative: true }), headcount: 30 }), 'petitioners'),
    ).toBe('代表人数不得超过5人（当前6人）');
    expect(fields(visit({ petitioners: people(4) }))).toEqual([]); // 4 people: not a group visit
  });

  it('uses the configured thresholds', () => {
    const cfg = { today, groupVisitMinPeople: 3, maxRepresentatives: 2 };
    expect(fields(visit({ petitioners: people(3) }), cfg)).toEqual(['petitioners']);
    expect(fields(visit({ petitioners: people(3, { isRepresentative: true }) }), cfg)).toEqual([
      'petitioners',
    ]);
    expect(fields(visit({ petitioners: people(6) }), { today, requireRepresentatives: false })).toEqual([]);
  });

  it('checks the headcount', () => {
    expect(messageOf(visit({ petitioners: people(3), headcount: 2 }), 'headcount')).toBe(
      '人数不能少于已登记的信访人数（3人）',
    );
    expect(fields(visit({ headcount: 1.5 }))).toEqual(['headcount']);
    expect(fields(visit({ headcount: 0 }))).toEqual(['headcount']);
  });
});

describe('accused', () => {
  const discipline = (over: Partial<RegistrationInput>) =>
    build({ pipeline: 'discipline', nature: 'accusation', categoryCode: '0123', ...over });

  it('a discipline accusation needs someone accused with unit and rank', () => {
    expect(fields(discipline({ accused: [] }))).toEqual(['accused']);
    expect(fields(discipline({ accused: [{ name: '王五' }] }))).toEqual(['accused.0.unit', 'accused.0.rank']);
    expect(fields(discipline({ accused: [{ name: '王五', unit: '某镇政府', rank: 'section' }] }))).toEqual(
      [],
    );
    expect(fields(discipline({ accused: [{ kind: 'unit', unit: '某局' }] }))).toEqual([]);
  });

  it('elsewhere an accused entry only has to say who it is', () => {
    expect(fields(build({ accused: [{ unit: '某局' }] }))).toEqual(['accused.0.name']);
    expect(fields(build({ accused: [{ name: '王五' }] }))).toEqual([]);
    expect(fields(build({ accused: [{ kind: 'unit' }] }))).toEqual(['accused.0.unit']);
    expect(fields(build({ accused: [{ name: '王五', rank: 'mayor' as never }] }))).toEqual([
      'accused.0.rank',
    ]);
  });
});
