import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, type Client, type TestApp } from '../support/harness.js';

/**
 * 领导接访 rota at 中云街道: a leader receives visitors each day; a swap is recorded and published; a visit
 * registered on a rota day records the leader on duty. The clock starts Monday 2026-11-30, 10:00 China time.
 */
let t: TestApp;
let leader: Client;
let registrar: Client;
const slot = { am: '', pm: '' };
const visit = (receivedOn: string, title: string) =>
  buildRegistration({ receivedOn, pipeline: 'government', nature: 'claim', categoryCode: '0201', matterRegionCode: '370281002', channel: 'visit', accused: [], title, summary: `${title}。`, content: `${title}，请求街道协调解决。` });

beforeAll(async () => {
  t = await startApp();
  leader = await login(t, 'zy_leader');
  registrar = await login(t, 'zy_registrar');
  const zy = await unitId(t, 'ZY370281002');
  const add = async (day: string, timeRange: string, leaderName: string) =>
    (await leader.post('/api/v1/reception-slots', { unitId: zy, day, timeRange, leaderName, leaderTitle: '党工委书记', place: '街道群众来访接待室' })).json().id as string;
  slot.am = await add('2026-11-30', '08:30-12:00', '唐书记');
  slot.pm = await add('2026-11-30', '14:00-17:30', '姜主任');
  await add('2026-12-02', '08:30-12:00', '唐书记');
});
afterAll(() => t.close());

describe('领导接访 rota', () => {
  it('a visit registered on a rota day records the leader on duty at that hour', async () => {
    const res = await registrar.post('/api/v1/cases', visit('2026-11-30', '村民反映宅基地审批迟迟不办'));
    expect(res.statusCode, res.body).toBe(201);
    const reception = (await registrar.get(`/api/v1/cases/${res.json().case.id}/reception`)).json().reception;
    expect(reception).toEqual({ leaderName: '唐书记', leaderTitle: '党工委书记', day: '2026-11-30', slotId: slot.am });
  });

  it('a visit on a day without a rota, or a letter, records nobody', async () => {
    const offDay = await registrar.post('/api/v1/cases', visit('2026-11-27', '职工反映工资发放不及时'));
    expect((await registrar.get(`/api/v1/cases/${offDay.json().case.id}/reception`)).json().reception).toBeNull();
    const letter = await registrar.post('/api/v1/cases', { ...visit('2026-11-30', '来信反映路灯损坏'), channel: 'letter' });
    expect((await registrar.get(`/api/v1/cases/${letter.json().case.id}/reception`)).json().reception).toBeNull();
  });

  it('a swap is recorded with its reason, the portal publishes the new leader, and later visits record them', async () => {
    const same = await leader.post(`/api/v1/reception-slots/${slot.pm}/swap`, { leaderName: '姜主任', reason: '临时调整' });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.message).toBe('接替的领导与原安排相同，无需换班');
    const swap = await leader.post(`/api/v1/reception-slots/${slot.pm}/swap`, { leaderName: '宋副主任', leaderTitle: '办事处副主任', reason: '姜主任到市里参加信访工作会议' });
    expect(swap.statusCode, swap.body).toBe(201);
    expect(swap.json()).toMatchObject({ fromLeader: '姜主任', toLeader: '宋副主任' });
    expect((await registrar.post(`/api/v1/reception-slots/${slot.pm}/swap`, { leaderName: '某人', reason: '登记员不能换班' })).statusCode).toBe(403);

    const portal = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/info' })).json();
    const published = portal.reception.filter((r: { day: string }) => r.day === '2026-11-30').map((r: { leaderName: string }) => r.leaderName);
    expect(published.sort()).toEqual(['唐书记', '宋副主任'].sort());

    t.clock.now = new Date('2026-11-30T07:00:00Z'); // 15:00 China time: the afternoon slot
    const res = await (await login(t, 'zy_registrar')).post('/api/v1/cases', visit('2026-11-30', '退休职工反映医药费报销问题'));
    const reception = (await (await login(t, 'zy_registrar')).get(`/api/v1/cases/${res.json().case.id}/reception`)).json().reception;
    expect(reception).toMatchObject({ leaderName: '宋副主任', slotId: slot.pm });

    const rota = (await (await login(t, 'zy_leader')).get('/api/v1/reception-rota?from=2026-11-30&to=2026-12-06')).json().items;
    expect(rota.map((s: { day: string; leaderName: string }) => `${s.day} ${s.leaderName}`)).toEqual(['2026-11-30 唐书记', '2026-11-30 宋副主任', '2026-12-02 唐书记']);
    const pm = rota.find((s: { id: string }) => s.id === slot.pm);
    expect(pm.swaps).toEqual([expect.objectContaining({ fromLeader: '姜主任', toLeader: '宋副主任', reason: '姜主任到市里参加信访工作会议', byName: '唐书记' })]);
    expect(pm.visits.map((v: { title: string }) => v.title)).toEqual(['退休职工反映医药费报销问题']);
    expect(rota[0].visits.map((v: { title: string; leaderName: string }) => `${v.title} ${v.leaderName}`)).toEqual(['村民反映宅基地审批迟迟不办 唐书记']);
  });

  it('another county sees none of the rota', async () => {
    expect((await (await login(t, 'dq_leader')).get('/api/v1/reception-rota?from=2026-11-30&to=2026-12-06')).json().items).toEqual([]);
  });
});
