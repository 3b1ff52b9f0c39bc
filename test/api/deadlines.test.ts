import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, light, type IsoDate } from '../../src/domain/deadlines/index.js';
import { currentCalendar } from '../../src/services/deadlines/calendar.js';
import { runReminders } from '../../src/services/deadlines/reminders.js';
import { JOBS } from '../../src/services/jobs/schedule.js';
import { ensureRecurring, runDueJobs } from '../../src/services/jobs/runner.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, type Client, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterEach(() => {
  t.clock.now = new Date('2026-11-30T02:00:00Z');
});
afterAll(() => t.close());

/** 10:00 China time on a day. */
const at = (day: IsoDate) => new Date(`${day}T02:00:00Z`);
const bell = async (c: Client) => (await c.get('/api/v1/notifications')).json() as { unread: number; items: { kind: string; title: string; caseId: string | null }[] };

describe('deadline lights, reminders and escalation', () => {
  it('tells the handlers at yellow, the unit heads at red, the supervisors above after N days red — each once', async () => {
    const dq = await login(t, 'dq_registrar');
    const reg = (await dq.post('/api/v1/cases', buildRegistration())).json();
    const trail = (await dq.get(`/api/v1/cases/${reg.case.id}/trail`)).json();
    const clock = trail.deadlines.find((d: { step: string }) => d.step === 'realNameAcceptNotice');
    expect(clock).toMatchObject({ status: 'running', light: 'green' });
    const rule = { days: 15, unit: 'working' as const };
    let yellowDay = clock.dueOn as IsoDate;
    while (light(clock.dueOn, addDays(yellowDay, -1), rule, currentCalendar()) === 'yellow') yellowDay = addDays(yellowDay, -1);

    // Yellow: the handlers of 德庆 are told, once, however often the job runs.
    expect((await runReminders(t.database, at(addDays(yellowDay, -1)))).delivered).toBe(0);
    const first = await runReminders(t.database, at(yellowDay));
    expect(first.delivered).toBeGreaterThan(0);
    expect((await runReminders(t.database, at(yellowDay))).delivered).toBe(0);
    const handler = await login(t, 'dq_handler');
    const hb = await bell(handler);
    expect(hb.items.filter((n) => n.kind === 'deadline.yellow' && n.caseId === reg.case.id)).toHaveLength(1);
    expect(hb.items.find((n) => n.kind === 'deadline.yellow')!.title).toContain('即将超期');
    expect(hb.items.some((n) => n.kind === 'digest')).toBe(true);

    // Red: the unit heads; not the handlers again.
    const redDay = addDays(clock.dueOn, 1);
    await runReminders(t.database, at(redDay));
    const head = await bell(await login(t, 'dq_unithead'));
    expect(head.items.filter((n) => n.kind === 'deadline.red' && n.caseId === reg.case.id)).toHaveLength(1);
    t.clock.now = at(redDay); // weeks later: sign in again
    const lit = (await (await login(t, 'dq_registrar')).get(`/api/v1/cases/${reg.case.id}/trail`)).json().deadlines.find((d: { step: string }) => d.step === 'realNameAcceptNotice');
    expect(lit.light).toBe('red');

    // Several working days red: the supervisors of the unit above (肇庆) — through the job runner this time.
    let late = redDay;
    while (currentCalendar().workdaysBetween(clock.dueOn, late) < 3) late = addDays(late, 1);
    await ensureRecurring(t.database, 'reminders', at(late));
    expect(await runDueJobs(t.database, at(late), JOBS)).toEqual(['reminders']);
    expect(await runDueJobs(t.database, at(late), JOBS)).toEqual([]); // rescheduled, not run twice
    t.clock.now = at(late);
    const zqSup = await login(t, 'zq_supervisor');
    const sb = await bell(zqSup);
    expect(sb.items.filter((n) => n.kind === 'deadline.escalated' && n.caseId === reg.case.id)).toHaveLength(1);
    await runReminders(t.database, at(addDays(late, 1)));
    expect((await bell(zqSup)).items.filter((n) => n.kind === 'deadline.escalated' && n.caseId === reg.case.id)).toHaveLength(1);
  });

  it('marks notifications read, one or all, and only one’s own', async () => {
    const handler = await login(t, 'dq_handler');
    const before = await bell(handler);
    expect(before.unread).toBeGreaterThan(0);
    const first = (await handler.get('/api/v1/notifications')).json().items[0];
    expect((await handler.post(`/api/v1/notifications/${first.id}/read`)).json().marked).toBe(1);
    expect((await bell(handler)).unread).toBe(before.unread - 1);
    const other = await login(t, 'zq_supervisor');
    expect((await other.post(`/api/v1/notifications/${first.id}/read`)).statusCode).toBe(404);
    await handler.post('/api/v1/notifications/read-all');
    expect((await bell(handler)).unread).toBe(0);
  });
});

describe('calendar and time limits as data', () => {
  it('previews a due date in words, across the 2026 National Day holiday and its 调休 Saturday', async () => {
    const dq = await login(t, 'dq_registrar');
    const p = (await dq.get('/api/v1/deadlines/preview?step=realNameAcceptNotice&start=2026-09-25')).json();
    // 15 working days from 25 Sep 2026: Oct 1–7 off, Sep 26 (Sat) and Oct 10 (Sat) are working days.
    expect(p.preview).toMatch(/^按 15 个工作日计，应于 2026年10月\d+日 前/);
    expect(p.provisional).toBe(false);
  });

  it('lets the top administrator enter a newly published year; its deadlines stop being provisional', async () => {
    const dq = await login(t, 'dq_registrar');
    const before = (await dq.get('/api/v1/config/calendar/2027')).json();
    expect(before.provisional).toBe(true);
    expect((await dq.get('/api/v1/deadlines/preview?step=realNameAcceptNotice&start=2027-02-01')).json().preview).toContain('尚未公布');
    const admin = await login(t, 'admin');
    const refused = await (await login(t, 'dq_admin')).put('/api/v1/config/calendar/2027', { days: [] });
    expect(refused.statusCode).toBe(403);
    // A made-up schedule for the test: the point is that entered days win and the year counts as published.
    const res = await admin.put('/api/v1/config/calendar/2027', {
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-02-06', kind: 'holiday', name: '春节' },
        { date: '2027-02-08', kind: 'holiday', name: '春节' },
        { date: '2027-02-20', kind: 'workday', name: '春节调休' },
      ],
      source: '测试用放假安排',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().provisional).toBe(false);
    expect(res.json().days.find((d: { date: string }) => d.date === '2027-02-20')).toMatchObject({ workday: true, kind: 'adjustedWorkday' });
    const after = (await dq.get('/api/v1/deadlines/preview?step=realNameAcceptNotice&start=2027-02-01')).json();
    expect(after.provisional).toBe(false);
    expect(after.preview).not.toContain('尚未公布');
  });

  it('changes a time limit for new clocks only', async () => {
    const admin = await login(t, 'admin');
    const rules = (await admin.get('/api/v1/config/time-limits')).json().items;
    const r = rules.find((x: { step: string; pipeline: string }) => x.step === 'realNameAcceptNotice');
    const dq = await login(t, 'dq_registrar');
    const older = (await dq.post('/api/v1/cases', buildRegistration())).json().case.id;
    const oldDue = (await dq.get(`/api/v1/cases/${older}/trail`)).json().deadlines.find((d: { step: string }) => d.step === 'realNameAcceptNotice').dueOn;
    const res = await admin.put(`/api/v1/config/time-limits/realNameAcceptNotice/${r.pipeline}`, { days: 10, unit: 'working', label: r.label, name: r.name });
    expect(res.statusCode, res.body).toBe(200);
    const newer = (await dq.post('/api/v1/cases', buildRegistration())).json().case.id;
    const newDue = (await dq.get(`/api/v1/cases/${newer}/trail`)).json().deadlines.find((d: { step: string }) => d.step === 'realNameAcceptNotice').dueOn;
    expect(newDue < oldDue).toBe(true);
    expect((await dq.get(`/api/v1/cases/${older}/trail`)).json().deadlines.find((d: { step: string }) => d.step === 'realNameAcceptNotice').dueOn).toBe(oldDue);
    const bad = await admin.put(`/api/v1/config/time-limits/realNameAcceptNotice/${r.pipeline}`, { days: 0, unit: 'working', label: r.label, name: r.name });
    expect(bad.statusCode).toBe(400);
  });
});

describe('lights on lists, queues and the per-unit summary', () => {
  it('shows each case’s light, filters 即将超期 and 已超期, counts them per unit', async () => {
    const town = await login(t, 'dc_handler');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await town.post('/api/v1/cases', buildRegistration({ title: `灯测试${i}` }))).json().case.id);
    const first = (await town.get(`/api/v1/cases/${ids[0]}/trail`)).json().deadlines.find((d: { step: string }) => d.step === 'realNameAcceptNotice');
    const rule = { days: 10, unit: 'working' as const }; // the rule was shortened to 10 working days above
    let yellowDay = first.dueOn as IsoDate;
    while (light(first.dueOn, addDays(yellowDay, -1), rule, currentCalendar()) === 'yellow') yellowDay = addDays(yellowDay, -1);

    t.clock.now = at(yellowDay);
    const c = await login(t, 'dc_handler');
    const list = (await c.get('/api/v1/cases?light=yellow')).json();
    expect(list.items.map((x: { id: string }) => x.id).sort()).toEqual([...ids].sort());
    expect(list.items[0]).toMatchObject({ light: 'yellow', dueOn: first.dueOn });
    const queues = (await c.get('/api/v1/cases/queues')).json().items;
    expect(queues.find((q: { queue: string }) => q.queue === 'dueSoon')).toMatchObject({ label: '即将超期', count: 3 });
    expect((await c.get('/api/v1/cases?queue=overdue')).json().total).toBe(0);

    t.clock.now = at(addDays(first.dueOn, 1));
    const d = await login(t, 'dq_unithead');
    const summary = (await d.get('/api/v1/deadlines/lights')).json();
    const dc = summary.items.find((u: { unitName: string }) => u.unitName === '德城街道群众工作站');
    expect(dc.red).toBe(3);
    expect(summary.total.red).toBeGreaterThanOrEqual(3);
    expect((await (await login(t, 'dc_handler')).get('/api/v1/cases?queue=overdue')).json().total).toBe(3);
  });
});

describe('deadline settings: escalation days and overdue grades', () => {
  it('lets the top administrator set them (checked, audited) and every view grades lateness by them', async () => {
    const admin = await login(t, 'admin');
    expect((await admin.get('/api/v1/config/deadline-settings')).json()).toEqual({ escalateAfterWorkdays: 3, overdue: { moderately: 6, severely: 16 } });
    expect((await (await login(t, 'dq_admin')).put('/api/v1/config/deadline-settings', { escalateAfterWorkdays: 1, overdue: { moderately: 2, severely: 4 } })).statusCode).toBe(403);
    const bad = await admin.put('/api/v1/config/deadline-settings', { escalateAfterWorkdays: 1, overdue: { moderately: 4, severely: 4 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('严重超时起算天数应大于中度超时起算天数');
    const ok = await admin.put('/api/v1/config/deadline-settings', { escalateAfterWorkdays: 1, overdue: { moderately: 2, severely: 4 } });
    expect(ok.statusCode, ok.body).toBe(200);

    const dq = await login(t, 'dq_registrar');
    const id = (await dq.post('/api/v1/cases', buildRegistration({ title: '超时分级测试' }))).json().case.id;
    const clock = (await dq.get(`/api/v1/cases/${id}/trail`)).json().deadlines.find((d: { step: string }) => d.step === 'realNameAcceptNotice');
    const onDay = async (workdaysLate: number) => {
      let day = addDays(clock.dueOn, 1);
      while (currentCalendar().workdaysBetween(clock.dueOn, day) < workdaysLate) day = addDays(day, 1);
      t.clock.now = at(day);
      return { day, c: await login(t, 'dq_registrar') };
    };

    const { c: early } = await onDay(1);
    expect((await early.get(`/api/v1/cases/${id}`)).json()).toMatchObject({ light: 'red', dueOn: clock.dueOn, overdueGrade: 'overdue' });
    const { day: day2, c: mid } = await onDay(2);
    expect((await mid.get(`/api/v1/cases/${id}/trail`)).json().deadlines.find((d: { step: string }) => d.step === 'realNameAcceptNotice').overdueGrade).toBe('moderatelyOverdue');
    // Escalation after 1 working day red (the setting), not the default 3.
    await runReminders(t.database, at(day2));
    const sb = await bell(await login(t, 'zq_supervisor'));
    expect(sb.items.filter((n) => n.kind === 'deadline.escalated' && n.caseId === id)).toHaveLength(1);
    const { c: late } = await onDay(4);
    const listed = (await late.get('/api/v1/cases?queue=overdue&limit=100')).json().items.find((x: { id: string }) => x.id === id);
    expect(listed).toMatchObject({ light: 'red', overdueGrade: 'severelyOverdue' });

    const audit = (await (await login(t, 'auditor')).get('/api/v1/audit?action=config.deadlineSettings')).json();
    expect(audit.items.length).toBe(1);
    await (await login(t, 'admin')).put('/api/v1/config/deadline-settings', { escalateAfterWorkdays: 3, overdue: { moderately: 6, severely: 16 } });
  });
});
