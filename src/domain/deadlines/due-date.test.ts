import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from './calendar.js';
import { dueDate } from './due-date.js';
import { ruleFor } from './rules.js';

const cal = createWorkCalendar();
const conclude = ruleFor('conclude'); // 60 calendar days
const realName = ruleFor('realNameAcceptNotice'); // 15 working days

describe('dueDate', () => {
  it('counts working days over 中秋, 国庆 and a 调休 Saturday and says so in Chinese', () => {
    const result = dueDate(realName, '2026-09-18', cal);
    expect(result).toEqual({
      due: '2026-10-15',
      originalDue: '2026-10-15',
      extended: false,
      provisional: false,
      pausedDays: 0,
      paused: false,
      preview: '按 15 个工作日计，应于 2026年10月15日 前受理告知',
    });
  });

  it('moves a calendar-day limit that ends on a holiday to the next working day', () => {
    expect(dueDate(ruleFor('transferOrAssign'), '2025-09-16', cal).due).toBe('2025-10-09');
    expect(dueDate(conclude, '2025-08-01', cal).preview).toBe('按 60 日计，应于 2025年9月30日 前办结答复');
  });

  it('adds an approved extension to the original due date and keeps the original', () => {
    const result = dueDate(conclude, '2025-08-01', cal, { extensionDays: 30 });
    expect(result).toMatchObject({ due: '2025-10-30', originalDue: '2025-09-30', extended: true });
    expect(result.preview).toBe(
      '按 60 日计，经批准延长 30 日，应于 2025年10月30日 前办结答复（原期限 2025年9月30日）',
    );
    expect(() => dueDate(conclude, '2025-08-01', cal, { extensionDays: 31 })).toThrow(/延期天数/);
    expect(dueDate(conclude, '2025-08-01', cal, { extensionDays: 0 }).extended).toBe(false);
  });

  it('does not count paused days (中止), in calendar or working days', () => {
    const calendarDays = dueDate(conclude, '2025-08-01', cal, {
      pauses: [{ from: '2025-08-11', to: '2025-08-21' }],
    });
    expect(calendarDays).toMatchObject({ due: '2025-10-10', pausedDays: 10 });
    expect(calendarDays.preview).toContain('（中止期间 10 日不计入）');

    expect(dueDate(realName, '2025-03-03', cal).due).toBe('2025-03-24');
    const working = dueDate(realName, '2025-03-03', cal, {
      pauses: [{ from: '2025-03-10', to: '2025-03-17' }],
    });
    expect(working).toMatchObject({ due: '2025-03-31', pausedDays: 7 });
  });

  it('ignores a pause that starts after the limit ran out', () => {
    expect(
      dueDate(realName, '2025-03-03', cal, { pauses: [{ from: '2025-04-01', to: '2025-04-10' }] }).due,
    ).toBe('2025-03-24');
  });

  it('keeps an open pause running through today, and needs today to do so', () => {
    const open = dueDate(realName, '2025-03-03', cal, {
      pauses: [{ from: '2025-03-10' }],
      today: '2025-03-12',
    });
    expect(open).toMatchObject({ due: '2025-03-27', paused: true, pausedDays: 3 });
    expect(open.preview).toContain('目前处于中止状态');
    expect(() => dueDate(realName, '2025-03-03', cal, { pauses: [{ from: '2025-03-10' }] })).toThrow(
      /当前日期/,
    );
    expect(() =>
      dueDate(realName, '2025-03-03', cal, { pauses: [{ from: '2025-03-10', to: '2025-03-09' }] }),
    ).toThrow(/早于开始日期/);
  });

  it('counts a pause during the extension too', () => {
    const result = dueDate(conclude, '2025-08-01', cal, {
      extensionDays: 30,
      pauses: [{ from: '2025-10-01', to: '2025-10-06' }],
    });
    expect(result).toMatchObject({ originalDue: '2025-09-30', due: '2025-11-04', pausedDays: 5 });
  });

  it('is provisional when it crosses a year without an official schedule, until that year is published', () => {
    const result = dueDate(conclude, '2026-12-01', cal);
    expect(result).toMatchObject({ due: '2027-02-01', provisional: true });
    expect(result.preview).toContain('2027年放假安排尚未公布，暂按法定节假日推算');

    const published = createWorkCalendar({
      publishedYears: [2027],
      overrides: [{ date: '2027-02-01', kind: 'holiday', name: '示例' }],
    });
    expect(dueDate(conclude, '2026-12-01', published)).toMatchObject({
      due: '2027-02-02',
      provisional: false,
    });
    expect(dueDate(conclude, '2026-10-01', cal).provisional).toBe(false);
  });

  it('works through a fallback year from start to end', () => {
    expect(dueDate(ruleFor('sendUp'), '2028-01-21', cal)).toMatchObject({
      due: '2028-02-03',
      provisional: true,
    });
  });
});
