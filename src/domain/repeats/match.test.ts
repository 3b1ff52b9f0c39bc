import { describe, expect, it } from 'vitest';
import { COMPLAINT } from './complaints.fixture.js';
import { findRepeats, isRepeat, scoreRepeat, type RepeatSubject } from './match.js';
import { minHashSignature } from './minhash.js';
import { bigrams } from './text.js';

const zhang = { idHash: 'id-A', phoneHashes: ['ph-1', 'ph-2'], nameAddressHash: 'na-A' };
const base: RepeatSubject = {
  id: 'new',
  receivedOn: '2026-03-10',
  petitioners: [zhang],
  accused: [{ name: '李某某', unit: '朝阳村村委会' }],
  text: COMPLAINT.original,
};
const candidate = (over: Partial<RepeatSubject>): RepeatSubject => ({
  id: 'old',
  receivedOn: '2025-12-01',
  petitioners: [],
  accused: [],
  text: COMPLAINT.wages,
  ...over,
});

describe('scoreRepeat: reasons', () => {
  it('same petitioner by ID number, phone, or name + address', () => {
    expect(scoreRepeat(base, candidate({ petitioners: [{ idHash: 'id-A' }] })).reasons).toEqual([
      '同一信访人（身份证号相同）',
    ]);
    expect(
      scoreRepeat(base, candidate({ petitioners: [{ phoneHashes: ['ph-9', 'ph-2'] }] })).reasons,
    ).toEqual(['同一信访人（电话号码相同）']);
    expect(
      scoreRepeat(base, candidate({ petitioners: [{ idHash: 'id-B' }, { nameAddressHash: 'na-A' }] }))
        .reasons,
    ).toEqual(['同一信访人（姓名+地址相同）']);
    expect(
      scoreRepeat(base, candidate({ petitioners: [{ idHash: 'id-B', phoneHashes: ['ph-3'] }] })).reasons,
    ).toEqual([]);
  });

  it('same accused by normalized name and unit, or the same unit', () => {
    const r = scoreRepeat(base, candidate({ accused: [{ name: '李 某某', unit: '朝阳村村委会。' }] }));
    expect(r.reasons).toEqual(['同一被反映人（姓名+单位相同）']);
    expect(
      scoreRepeat(base, candidate({ accused: [{ name: '李某某', unit: '新联村村委会' }] })).reasons,
    ).toEqual([]);
    const unit = { kind: 'unit' as const, unit: '德庆县住建局' };
    expect(scoreRepeat({ ...base, accused: [unit] }, candidate({ accused: [unit] })).reasons).toEqual([
      '同一被反映单位（单位名称相同）',
    ]);
    expect(scoreRepeat(base, candidate({ accused: [{ key: 'k1' }] })).reasons).toEqual([]);
    expect(
      scoreRepeat({ ...base, accused: [{ key: 'k1' }] }, candidate({ accused: [{ key: 'k1' }] })).reasons,
    ).toHaveLength(1);
  });

  it('content similarity, from texts or from signatures', () => {
    const r = scoreRepeat(base, candidate({ text: COMPLAINT.reworded }));
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatch(/^内容相似度 0\.\d\d$/);
    expect(scoreRepeat(base, candidate({ text: COMPLAINT.parking })).reasons).toEqual([]);
    const sig = (t: string) => minHashSignature(bigrams(t));
    const bySignature = scoreRepeat(
      { ...base, text: undefined, signature: sig(COMPLAINT.original) },
      candidate({ text: undefined, signature: sig(`${COMPLAINT.original}。`) }),
    );
    expect(bySignature.reasons).toEqual(['内容相似度 1.00']);
  });
});

describe('scoreRepeat: score and threshold', () => {
  it('same petitioner with the same accused or similar content is a repeat', () => {
    const both = scoreRepeat(
      base,
      candidate({ petitioners: [{ idHash: 'id-A' }], accused: base.accused, text: COMPLAINT.reworded }),
    );
    expect(both.score).toBe(1);
    expect(isRepeat(both)).toBe(true);
    const accused = scoreRepeat(
      base,
      candidate({ petitioners: [{ idHash: 'id-A' }], accused: base.accused }),
    );
    expect(accused.score).toBeGreaterThanOrEqual(0.75);
    expect(isRepeat(accused)).toBe(true);
    const content = scoreRepeat(
      base,
      candidate({ petitioners: [{ phoneHashes: ['ph-1'] }], text: COMPLAINT.shortened }),
    );
    expect(isRepeat(content)).toBe(true);
  });

  it('the same petitioner about something else, or the same matter from someone else, is not', () => {
    const otherMatter = scoreRepeat(
      base,
      candidate({ petitioners: [{ idHash: 'id-A' }], text: COMPLAINT.parking }),
    );
    expect(otherMatter.score).toBeLessThan(0.75);
    expect(isRepeat(otherMatter)).toBe(false);
    const otherPerson = scoreRepeat(base, candidate({ accused: base.accused, text: COMPLAINT.reworded }));
    expect(otherPerson.score).toBe(0.5);
    expect(isRepeat(otherPerson)).toBe(false);
    expect(isRepeat(otherPerson, { threshold: 0.5 })).toBe(true);
  });

  it('a higher content bar turns a reworded complaint into a non-repeat', () => {
    const r = (similarContent: number) =>
      scoreRepeat(base, candidate({ petitioners: [{ idHash: 'id-A' }], text: COMPLAINT.shortened }), {
        similarContent,
      });
    expect(isRepeat(r(0.25))).toBe(true);
    expect(isRepeat(r(0.9))).toBe(false);
  });
});

describe('scoreRepeat: window', () => {
  const same = { petitioners: [{ idHash: 'id-A' }], accused: base.accused };

  it('counts nothing outside the window (default 365 days), either direction', () => {
    expect(scoreRepeat(base, candidate({ ...same, receivedOn: '2025-03-10' })).withinWindow).toBe(true);
    const old = scoreRepeat(base, candidate({ ...same, receivedOn: '2025-03-09' }));
    expect(old).toEqual({ score: 0, reasons: [], withinWindow: false });
    expect(isRepeat(old, { threshold: 0 })).toBe(false);
    expect(scoreRepeat(base, candidate({ ...same, receivedOn: '2027-03-11' })).withinWindow).toBe(false);
  });

  it('takes a configured window', () => {
    const r = scoreRepeat(base, candidate({ ...same, receivedOn: '2026-01-01' }), { windowDays: 30 });
    expect(r.withinWindow).toBe(false);
  });

  it('never matches a case with itself', () => {
    expect(scoreRepeat(base, { ...base }).score).toBe(0);
  });
});

describe('findRepeats', () => {
  it('returns only repeats, best first', () => {
    const cands = [
      candidate({ id: 'a', petitioners: [{ idHash: 'id-A' }], text: COMPLAINT.parking }),
      candidate({ id: 'b', petitioners: [{ idHash: 'id-A' }], accused: base.accused }),
      candidate({
        id: 'c',
        petitioners: [{ idHash: 'id-A' }],
        accused: base.accused,
        text: COMPLAINT.reworded,
      }),
      candidate({
        id: 'd',
        petitioners: [{ idHash: 'id-A' }],
        accused: base.accused,
        receivedOn: '2024-01-01',
      }),
    ];
    expect(findRepeats(base, cands).map((r) => r.candidate.id)).toEqual(['c', 'b']);
  });
});
