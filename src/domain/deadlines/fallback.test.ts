// Years without an official schedule: the statutory fallback, marked provisional, and overrides that publish a year.
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkCalendar } from './calendar.js';
import { lunarNewYear, lunarToSolar, qingming } from './lunar.js';
import { statutoryHolidays } from './statutory-holidays.js';

const cal = createWorkCalendar();
const offDays = (year: number) =>
  cal
    .specialDays(year)
    .filter((d) => !d.workday)
    .map((d) => d.date);

describe('lunar and solar-term dates', () => {
  it('places the lunar festivals', () => {
    expect(lunarNewYear(2028)).toBe('2028-01-26');
    expect(lunarNewYear(2030)).toBe('2030-02-03');
    expect(lunarToSolar(2028, 5, 5)).toBe('2028-05-28');
    expect(lunarToSolar(2031, 8, 15)).toBe('2031-10-01');
    expect(qingming(2027)).toBe('2027-04-05');
    expect(qingming(2028)).toBe('2028-04-04');
    expect(() => lunarNewYear(2100)).toThrow(/超出可推算/);
  });

  it('agrees with every official schedule since 2008 on 春节, 清明, 端午 and 中秋', () => {
    for (let y = 2008; y <= 2026; y++) {
      for (const d of [lunarNewYear(y), qingming(y), lunarToSolar(y, 5, 5), lunarToSolar(y, 8, 15)]) {
        expect(cal.isRestDay(d), `${y}: ${d}`).toBe(true);
      }
    }
  });

  describe('in a host time zone west of UTC', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    it('still gives the same dates', () => {
      process.env.TZ = 'America/Los_Angeles';
      expect(new Date(2030, 0, 1).getTimezoneOffset()).toBe(480); // the zone really switched
      expect(lunarNewYear(2030)).toBe('2030-02-03');
      expect(qingming(2028)).toBe('2028-04-04');
      expect(createWorkCalendar().isWorkday('2028-01-26')).toBe(false);
    });
  });
});

describe('statutory fallback (《全国年节及纪念日放假办法》, 2024 amendment)', () => {
  it('gives 2028 its 13 statutory days and 第六条 make-up days, and nothing more', () => {
    expect(offDays(2028)).toEqual([
      '2028-01-01',
      '2028-01-03', // 元旦 on a Saturday, made up on Monday
      '2028-01-25',
      '2028-01-26',
      '2028-01-27',
      '2028-01-28', // 除夕 + 正月初一至初三
      '2028-04-04',
      '2028-05-01',
      '2028-05-02',
      '2028-05-28',
      '2028-05-29', // 端午 on a Sunday
      '2028-10-01',
      '2028-10-02',
      '2028-10-03',
      '2028-10-04',
      '2028-10-05', // 国庆 on Sunday, 中秋 on 10月3日
    ]);
    expect(cal.dayInfo('2028-01-25')).toMatchObject({ name: '春节', source: 'fallback', provisional: true });
  });

  it('gives 2030 its Spring Festival from 除夕 (Saturday) with two make-up days', () => {
    expect(offDays(2030).slice(0, 7)).toEqual([
      '2030-01-01',
      '2030-02-02',
      '2030-02-03',
      '2030-02-04',
      '2030-02-05',
      '2030-02-06',
      '2030-02-07',
    ]);
    expect(cal.isWorkday('2030-02-08')).toBe(true);
    expect(cal.isWorkday('2030-02-09')).toBe(false); // no 调休 weekends in a fallback year
    expect(cal.isRestDay('2030-09-12')).toBe(true); // 中秋
  });

  it('can leave out the make-up days', () => {
    const bare = createWorkCalendar({ compensateWeekendHolidays: false });
    expect(bare.isWorkday('2028-01-03')).toBe(true);
    expect(statutoryHolidays(2028, false)).toHaveLength(13 - 1); // 13 statutory days; 中秋 and 国庆 share 10月3日
  });

  it('rests only where the official schedules of 2019–2026 rest', () => {
    for (let y = 2019; y <= 2026; y++) {
      for (const d of statutoryHolidays(y)) {
        if (y === 2024 && d.name === '春节' && d.date === '2024-02-09') continue; // 除夕 became statutory only in 2025
        expect(cal.isRestDay(d.date), `${y}: ${d.date} ${d.name}`).toBe(true);
      }
    }
  });

  it('marks fallback years provisional and counts working days through them', () => {
    expect(cal.isProvisional(2026)).toBe(false);
    expect(cal.isProvisional(2027)).toBe(true);
    expect(cal.yearSource(2030)).toBe('fallback');
    expect(cal.addWorkdays('2028-01-21', 5)).toBe('2028-02-03');
    expect(cal.isProvisionalBetween('2026-12-20', '2027-01-10')).toBe(true);
    expect(cal.isProvisionalBetween('2026-01-01', '2026-12-31')).toBe(false);
  });
});

describe('overrides', () => {
  // A made-up 2027 schedule, as an admin would import it once the State Council publishes.
  const published = createWorkCalendar({
    publishedYears: [2027],
    overrides: [
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      ...['05', '06', '07', '08', '09', '10', '11', '12'].map((d) => ({
        date: `2027-02-${d}`,
        kind: 'holiday' as const,
        name: '春节',
      })),
      { date: '2027-02-20', kind: 'workday', name: '春节' },
    ],
  });

  it('publishing a year removes the provisional flag and replaces the fallback', () => {
    expect(published.isProvisional(2027)).toBe(false);
    expect(published.yearSource(2027)).toBe('published');
    expect(published.isWorkday('2027-02-12')).toBe(false);
    expect(published.isWorkday('2027-02-20')).toBe(true);
    expect(published.dayInfo('2027-02-20')).toMatchObject({
      kind: 'adjustedWorkday',
      source: 'override',
      provisional: false,
    });
    expect(published.isWorkday('2027-05-03')).toBe(true); // not in the published list, so an ordinary Monday
    expect(cal.isWorkday('2027-05-03')).toBe(false); // the fallback made up 5月1日 (Saturday) on Monday
  });

  it('entries without publication correct a fallback year but keep it provisional', () => {
    const partial = createWorkCalendar({ overrides: [{ date: '2027-05-03', kind: 'workday' }] });
    expect(partial.isWorkday('2027-05-03')).toBe(true);
    expect(partial.isWorkday('2027-05-01')).toBe(false);
    expect(partial.isProvisional(2027)).toBe(true);
  });

  it('win over the built-in schedule day by day', () => {
    const amended = createWorkCalendar({
      overrides: [
        { date: '2026-03-09', kind: 'holiday', name: '临时放假' },
        { date: '2026-10-07', kind: 'workday' },
      ],
    });
    expect(amended.dayInfo('2026-03-09')).toMatchObject({
      workday: false,
      kind: 'holiday',
      name: '临时放假',
      source: 'override',
    });
    expect(amended.isWorkday('2026-10-07')).toBe(true);
    expect(amended.isWorkday('2026-10-06')).toBe(false);
  });

  it('can ignore the built-in schedules', () => {
    const own = createWorkCalendar({ builtIn: false, publishedYears: [2026] });
    expect(own.isWorkday('2026-10-01')).toBe(true);
    expect(createWorkCalendar({ builtIn: false }).isProvisional(2025)).toBe(true);
  });

  it('rejects bad or contradictory entries with a Chinese message', () => {
    expect(() => createWorkCalendar({ overrides: [{ date: '2027-02-30', kind: 'holiday' }] })).toThrow(
      /格式无效/,
    );
    expect(() =>
      createWorkCalendar({
        overrides: [
          { date: '2027-02-01', kind: 'holiday' },
          { date: '2027-02-01', kind: 'workday' },
        ],
      }),
    ).toThrow(/相互矛盾/);
  });
});
