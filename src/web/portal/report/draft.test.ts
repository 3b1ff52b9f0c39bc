import { describe, expect, it } from 'vitest';
import { emptyDraft, fromServerField, reportBody, stepProblems, type ReportDraft } from './draft.js';

const TODAY = '2026-11-29';
const town = {
  code: '441226101',
  name: '新圩镇',
  level: 'town',
  fullName: '广东省肇庆市德庆县新圩镇',
  hasChildren: false,
};
const county = {
  code: '441226',
  name: '德庆县',
  level: 'county',
  fullName: '广东省肇庆市德庆县',
  hasChildren: true,
};
const city = { code: '441200', name: '肇庆市', level: 'city', fullName: '广东省肇庆市', hasChildren: true };
const draft = (patch: Partial<ReportDraft> = {}): ReportDraft => ({
  ...emptyDraft(),
  pipeline: 'discipline',
  nature: 'accusation',
  anonymous: true,
  accused: [{ name: '李明', unit: '德庆县新圩镇人民政府', position: '副镇长', rank: 'section' }],
  region: [town],
  categoryCode: '012302',
  title: '举报副镇长收受礼金',
  content: '新圩镇副镇长李明收受辖区企业礼金两万元。',
  ...patch,
});
const fields = (step: number, d: ReportDraft) => stepProblems(step, d, TODAY).map((p) => p.field);

describe('report steps', () => {
  it('step 1 asks for the channel, a nature of that channel, and the name and a valid phone of a real-name reporter', () => {
    expect(fields(1, emptyDraft())).toEqual(['pipeline', 'nature', 'anonymous']);
    expect(fields(1, draft({ pipeline: 'government', nature: 'appeal' }))).toEqual(['nature']); // 申诉 is a discipline class
    const named = draft({
      anonymous: false,
      petitioner: { name: '张建国', phone: '12345', idNumber: '', address: '' },
    });
    expect(stepProblems(1, named, TODAY)).toEqual([
      { field: 'petitioner-phone', message: expect.stringMatching(/号/) },
    ]);
    expect(fields(1, { ...named, petitioner: { ...named.petitioner, phone: '139 0000 1111' } })).toEqual([]);
    expect(
      fields(1, {
        ...named,
        petitioner: { ...named.petitioner, phone: '13900001111', idNumber: '440000199001011234' },
      }),
    ).toEqual(['petitioner-idNumber']);
  });

  it('step 2: a discipline accusation names a person with unit and rank; the region reaches the county; a category is chosen', () => {
    expect(fields(2, draft())).toEqual([]);
    expect(
      fields(
        2,
        draft({
          accused: [{ name: '', unit: '', position: '', rank: '' }],
          region: [city],
          categoryCode: '',
        }),
      ),
    ).toEqual(['accused-0-name', 'accused-0-unit', 'accused-0-rank', 'region', 'category']);
    expect(fields(2, draft({ region: [county] }))).toEqual([]); // the town is optional
    // A government claim may name nobody, or just a unit.
    const claim = draft({ pipeline: 'government', nature: 'claim', categoryCode: '0201' });
    expect(fields(2, { ...claim, accused: [{ name: '', unit: '', position: '', rank: '' }] })).toEqual([]);
    expect(fields(2, { ...claim, accused: [{ name: '', unit: '', position: '经理', rank: '' }] })).toEqual([
      'accused-0-name',
    ]);
  });

  it('step 3 bounds the title and content, refuses files over 20 MB, and checks a chosen password twice', () => {
    expect(fields(3, draft({ title: '太短', content: '短' }))).toEqual(['title', 'content']);
    const big = { name: '录音.mp3', size: 21 * 1024 * 1024 } as File;
    expect(stepProblems(3, draft({ files: [big] }), TODAY)).toEqual([
      { field: 'files', message: '「录音.mp3」超过 20 MB，请压缩后再上传' },
    ]);
    expect(fields(3, draft({ password: 'abc', passwordConfirm: 'abc' }))).toEqual(['password']);
    expect(fields(3, draft({ password: 'zhang2026', passwordConfirm: 'zhang2025' }))).toEqual([
      'passwordConfirm',
    ]);
    expect(fields(4, draft())).toEqual(['acknowledged']);
  });
});

describe('the body sent', () => {
  it('carries the town code, leaves out empty accused and the petitioner of an anonymous report', () => {
    const body = reportBody(
      draft({
        accused: [
          { name: '李明', unit: '', position: '', rank: '' },
          { name: '', unit: '', position: '', rank: '' },
        ],
        demands: '  ',
      }),
    );
    expect(body).toMatchObject({
      pipeline: 'discipline',
      nature: 'accusation',
      anonymous: true,
      matterRegionCode: '441226101',
      categoryCode: '012302',
    });
    expect(body.accused).toEqual([
      { kind: 'person', name: '李明', unit: undefined, position: undefined, rank: undefined },
    ]);
    expect(body).not.toHaveProperty('petitioner');
    expect(body.demands).toBeUndefined();
    expect(body.password).toBeUndefined();
    const named = reportBody(
      draft({
        anonymous: false,
        accused: [{ name: '', unit: '某村委会', position: '', rank: '' }],
        petitioner: { name: '张建国', phone: '13900001111', idNumber: '44122619900101123x', address: '' },
      }),
    );
    expect(named.petitioner).toMatchObject({
      name: '张建国',
      phones: ['13900001111'],
      idNumber: '44122619900101123X',
    });
    expect(named.accused[0]!.kind).toBe('unit');
  });

  it('places the server’s field problems on the step and field where they are fixed', () => {
    expect(fromServerField('accused.1.rank')).toEqual({ field: 'accused-1-rank', step: 2 });
    expect(fromServerField('petitioners.0.phones.0')).toEqual({ field: 'petitioner-phone', step: 1 });
    expect(fromServerField('categoryCode')).toEqual({ field: 'category', step: 2 });
    expect(fromServerField('content')).toEqual({ field: 'content', step: 3 });
    expect(fromServerField('proof')).toBeNull();
  });
});
