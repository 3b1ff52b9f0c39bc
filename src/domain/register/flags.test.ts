import { describe, expect, it } from 'vitest';
import {
  isGroupVisit,
  isRealName,
  matterHomeLevel,
  registrationFlags,
  skipLevelCheck,
  type SkipLevelContext,
} from './flags.js';
import type { RegistrationInput } from './registration.js';

const today = '2026-03-10';
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `来访人${i + 1}` }));

describe('isGroupVisit', () => {
  it('flags visits of 5 or more people, counted from the headcount or the list', () => {
    expect(isGroupVisit({ channel: 'visit', petitioners: people(1), headcount: 5 })).toBe(true);
    expect(isGroupVisit({ channel: 'visit', petitioners: people(5) })).toBe(true);
    expect(isGroupVisit({ channel: 'visit', petitioners: people(4), headcount: 4 })).toBe(false);
    expect(isGroupVisit({ channel: 'letter', petitioners: people(20) })).toBe(false); // a joint letter is no visit
  });

  it('takes a configured threshold', () => {
    expect(isGroupVisit({ channel: 'visit', petitioners: people(3) }, { groupVisitMinPeople: 3 })).toBe(true);
  });
});

describe('isRealName', () => {
  it('needs a name and a working phone or an address', () => {
    expect(isRealName({ anonymous: false, petitioners: [{ name: '张三', phones: ['13812345678'] }] })).toBe(
      true,
    );
    expect(isRealName({ anonymous: false, petitioners: [{ name: '张三', address: '德庆县德城街道' }] })).toBe(
      true,
    );
    expect(isRealName({ anonymous: false, petitioners: [{ name: '张三', phones: ['1381234'] }] })).toBe(
      false,
    );
    expect(isRealName({ anonymous: false, petitioners: [{ phones: ['13812345678'] }] })).toBe(false);
    expect(isRealName({ anonymous: true, petitioners: [{ name: '张三', phones: ['13812345678'] }] })).toBe(
      false,
    );
  });
});

describe('matterHomeLevel', () => {
  it('is the county for county, town and village codes', () => {
    expect(matterHomeLevel('441226')).toBe('county');
    expect(matterHomeLevel('441226101')).toBe('county');
    expect(matterHomeLevel('370281001001')).toBe('county');
    expect(matterHomeLevel('441200')).toBe('city');
    expect(matterHomeLevel('440000')).toBe('province');
    expect(matterHomeLevel('100000')).toBe('central');
    expect(matterHomeLevel('4412x')).toBeNull();
  });
});

describe('skipLevelCheck', () => {
  const visit = (matterRegionCode: string) => ({ channel: 'visit' as const, matterRegionCode });
  const at = (receivingLevel: SkipLevelContext['receivingLevel'], extra: Partial<SkipLevelContext> = {}) => ({
    receivingLevel,
    today,
    ...extra,
  });

  it('a county matter is skip-level at province or central level, not at county or city level', () => {
    expect(skipLevelCheck(visit('441226'), at('county')).skipLevel).toBe(false);
    expect(skipLevelCheck(visit('441226'), at('city')).skipLevel).toBe(false);
    expect(skipLevelCheck(visit('441226101'), at('province'))).toEqual({
      skipLevel: true,
      reason: '问题属地为县级，在省级接待，超过了上一级',
    });
    expect(skipLevelCheck(visit('441226'), at('central')).skipLevel).toBe(true);
  });

  it('a city matter may go to the province; a province matter to the centre', () => {
    expect(skipLevelCheck(visit('441200'), at('province')).skipLevel).toBe(false);
    expect(skipLevelCheck(visit('441200'), at('central')).skipLevel).toBe(true);
    expect(skipLevelCheck(visit('440000'), at('central')).skipLevel).toBe(false);
  });

  it('only visits can skip a level', () => {
    expect(skipLevelCheck({ channel: 'letter', matterRegionCode: '441226' }, at('central')).skipLevel).toBe(
      false,
    );
  });

  it('is skip-level above while the lower level is within its limit and has not decided', () => {
    const pending = { lowerLevelDecision: { dueAt: '2026-04-01' } };
    const r = skipLevelCheck(visit('441226'), at('city', pending));
    expect(r.skipLevel).toBe(true);
    expect(r.skipLevel && r.reason).toContain('2026-04-01');
    expect(
      skipLevelCheck(visit('441226'), at('city', { lowerLevelDecision: { dueAt: today } })).skipLevel,
    ).toBe(true);
    // Overdue, or decided: the petitioner may go up.
    expect(
      skipLevelCheck(visit('441226'), at('city', { lowerLevelDecision: { dueAt: '2026-03-09' } })).skipLevel,
    ).toBe(false);
    const decided = { lowerLevelDecision: { dueAt: '2026-04-01', decidedAt: '2026-03-01' } };
    expect(skipLevelCheck(visit('441226'), at('city', decided)).skipLevel).toBe(false);
    // At the home level itself nothing is skipped.
    expect(skipLevelCheck(visit('441226'), at('county', pending)).skipLevel).toBe(false);
  });
});

describe('registrationFlags', () => {
  it('computes all flags together', () => {
    const input: RegistrationInput = {
      receivedOn: today,
      channel: 'visit',
      source: 'direct',
      pipeline: 'government',
      nature: 'claim',
      matterRegionCode: '370281',
      petitioners: [{ name: '张三', phones: ['13812345678'], isRepresentative: true }],
      headcount: 12,
      accused: [],
      anonymous: false,
    };
    expect(registrationFlags(input, { receivingLevel: 'central', today })).toEqual({
      groupVisit: true,
      realName: true,
      skipLevel: { skipLevel: true, reason: '问题属地为县级，在中央接待，超过了上一级' },
    });
    expect(
      registrationFlags(input, { receivingLevel: 'county', today, rules: { groupVisitMinPeople: 20 } }),
    ).toMatchObject({
      groupVisit: false,
      skipLevel: { skipLevel: false },
    });
  });
});
