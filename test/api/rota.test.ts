import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { buildRegistration } from '../support/factories.js';
import { login, startApp, unitId, userId, type Client, type TestApp } from '../support/harness.js';

/**
 * 领导接访 rota at 中云街道: a leader (an account of the street office or, for the county, of the county too)
 * receives visitors each day; overlapping slots are refused; a swap is recorded and published; a visit registered
 * on a rota day records the leader on duty. The clock starts Monday 2026-11-30, 10:00 China time.
 */
let t: TestApp;
let leader: Client;
let registrar: Client;
let zy = '';
const slot = { am: '', pm: '' };
const ids = { tang: '', song: '', ma: '', unithead: '' };
const visit = (receivedOn: string, title: string) =>
  buildRegistration({ receivedOn, pipeline: 'government', nature: 'claim', categoryCode: '0201', matterRegionCode: '370281002', channel: 'visit', accused: [], title, summary: `${title}。`, content: `${title}，请求街道协调解决。` });

beforeAll(async () => {
  t = await startApp();
  leader = await login(t, 'zy_leader');
  registrar = await login(t, 'zy_registrar');
  zy = await unitId(t, 'ZY370281002');
  [ids.tang, ids.song, ids.ma, ids.unithead] = [await userId(t, 'zy_leader'), await userId(t, 'zy_deputy'), await userId(t, 'jz_leader'), await userId(t, 'zy_unithead')];
  const add = async (day: string, timeRange: string) => {
    const res = await leader.post('/api/v1/reception-slots', { unitId: zy, day, timeRange, leaderUserId: ids.tang, place: '街道群众来访接待室' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  slot.am = await add('2026-11-30', '08:30-12:00');
  // A slot entered as free text before the rota named accounts.
  const [pm] = await rowsOf<{ id: string }>(
    t.database.db.execute(sql`insert into reception_slot (unit_id, day, time_range, leader_name, leader_title, place, created_by, created_at) values (${zy}, '2026-11-30', '14:00-17:30', '姜主任', '信访办主任', '街道群众来访接待室', '姜主任', now()) returning id`),
  );
  slot.pm = pm!.id;
  await add('2026-12-02', '08:30-12:00');
});
afterAll(() => t.close());

describe('领导接访 rota', () => {
  it('a visit registered on a rota day records the leader on duty at that hour', async () => {
    const res = await registrar.post('/api/v1/cases', visit('2026-11-30', '村民反映宅基地审批迟迟不办'));
    expect(res.statusCode, res.body).toBe(201);
    const reception = (await registrar.get(`/api/v1/cases/${res.json().case.id}/reception`)).json().reception;
    expect(reception).toEqual({ leaderName: '唐书记', leaderTitle: '中云街道党工委书记', day: '2026-11-30', slotId: slot.am });
  });

  it('a visit on a day without a rota, or a letter, records nobody', async () => {
    const offDay = await registrar.post('/api/v1/cases', visit('2026-11-27', '职工反映工资发放不及时'));
    expect((await registrar.get(`/api/v1/cases/${offDay.json().case.id}/reception`)).json().reception).toBeNull();
    const letter = await registrar.post('/api/v1/cases', { ...visit('2026-11-30', '来信反映路灯损坏'), channel: 'letter' });
    expect((await registrar.get(`/api/v1/cases/${letter.json().case.id}/reception`)).json().reception).toBeNull();
  });

  it('a swap is recorded with its reason, the portal publishes the new leader, and later visits record them', async () => {
    const same = await leader.post(`/api/v1/reception-slots/${slot.am}/swap`, { leaderUserId: ids.tang, reason: '临时调整' });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.message).toBe('接替的领导与原安排相同，无需换班');
    // Only a leader takes a slot: not the unit head.
    const notLeader = await leader.post(`/api/v1/reception-slots/${slot.pm}/swap`, { leaderUserId: ids.unithead, reason: '临时调整' });
    expect(notLeader.statusCode).toBe(400);
    expect(notLeader.json().error).toMatchObject({ message: '接访领导须是本单位或上级单位在职的领导', fields: [{ field: 'leaderUserId', message: '请从列表中选择接访领导' }] });
    // The free-text slot is handed to an account.
    const swap = await leader.post(`/api/v1/reception-slots/${slot.pm}/swap`, { leaderUserId: ids.song, reason: '姜主任到市里参加信访工作会议' });
    expect(swap.statusCode, swap.body).toBe(201);
    expect(swap.json()).toMatchObject({ fromLeader: '姜主任', toLeader: '宋副主任' });
    expect((await registrar.post(`/api/v1/reception-slots/${slot.pm}/swap`, { leaderUserId: ids.song, reason: '登记员不能换班' })).statusCode).toBe(403);

    const portal = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/info' })).json();
    const published = portal.reception.filter((r: { day: string }) => r.day === '2026-11-30').map((r: { leaderName: string }) => r.leaderName);
    expect(published.sort()).toEqual(['唐书记', '宋副主任'].sort());

    t.clock.now = new Date('2026-11-30T07:00:00Z'); // 15:00 China time: the afternoon slot
    const res = await (await login(t, 'zy_registrar')).post('/api/v1/cases', visit('2026-11-30', '退休职工反映医药费报销问题'));
    const reception = (await (await login(t, 'zy_registrar')).get(`/api/v1/cases/${res.json().case.id}/reception`)).json().reception;
    expect(reception).toMatchObject({ leaderName: '宋副主任', slotId: slot.pm });

    const rota = (await (await login(t, 'zy_leader')).get('/api/v1/reception-rota?from=2026-11-30&to=2026-12-06')).json().items;
    expect(rota.map((s: { day: string; leaderName: string; leaderUserId: string | null }) => `${s.day} ${s.leaderName} ${s.leaderUserId === ids.tang || s.leaderUserId === ids.song}`)).toEqual([
      '2026-11-30 唐书记 true',
      '2026-11-30 宋副主任 true',
      '2026-12-02 唐书记 true',
    ]);
    const pm = rota.find((s: { id: string }) => s.id === slot.pm);
    expect(pm.swaps).toEqual([expect.objectContaining({ fromLeader: '姜主任', toLeader: '宋副主任', reason: '姜主任到市里参加信访工作会议', byName: '唐书记' })]);
    expect(pm.visits.map((v: { title: string }) => v.title)).toEqual(['退休职工反映医药费报销问题']);
    expect(rota[0].visits.map((v: { title: string; leaderName: string }) => `${v.title} ${v.leaderName}`)).toEqual(['村民反映宅基地审批迟迟不办 唐书记']);
  });

  it('offers the leaders of the unit, and for the county also its own; refuses anyone else', async () => {
    leader = await login(t, 'zy_leader');
    const names = async (c: Client) => ((await c.get(`/api/v1/reception-leaders?unitId=${zy}`)).json().items as { name: string; unitName: string }[]).map((l) => `${l.name}（${l.unitName}）`);
    expect(await names(leader)).toEqual(['唐书记（中云街道办事处）', '宋副主任（中云街道办事处）']);
    const county = await login(t, 'jz_leader');
    expect(await names(county)).toEqual(['唐书记（中云街道办事处）', '宋副主任（中云街道办事处）', '马局长（胶州市信访局）']);
    // The street office cannot put the county's director on its rota; the county can.
    const body = { unitId: zy, day: '2026-12-03', timeRange: '08:30-12:00', leaderUserId: ids.ma, place: '街道群众来访接待室' };
    expect((await leader.post('/api/v1/reception-slots', body)).statusCode).toBe(400);
    const byCounty = await county.post('/api/v1/reception-slots', body);
    expect(byCounty.statusCode, byCounty.body).toBe(201);
    expect((await county.get('/api/v1/reception-rota?from=2026-12-03&to=2026-12-03')).json().items[0]).toMatchObject({ leaderName: '马局长', leaderTitle: '胶州市信访局局长', leaderUserId: ids.ma });
    expect((await (await login(t, 'dq_leader')).get(`/api/v1/reception-leaders?unitId=${zy}`)).statusCode).toBe(404);
  });

  it('refuses the same leader twice at once, and the same place twice at once, in Chinese', async () => {
    const twice = await leader.post('/api/v1/reception-slots', { unitId: zy, day: '2026-12-02', timeRange: '10:00-11:30', leaderUserId: ids.tang, place: '西宋村村委会' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ message: '唐书记在 2026-12-02 08:30-12:00 已安排接访（街道群众来访接待室），同一领导同一时段不能重复安排', fields: [{ field: 'leaderUserId' }] });
    const room = await leader.post('/api/v1/reception-slots', { unitId: zy, day: '2026-12-02', timeRange: '上午', leaderUserId: ids.song, place: '街道群众来访接待室' });
    expect(room.statusCode).toBe(409);
    expect(room.json().error).toMatchObject({ message: '街道群众来访接待室 2026-12-02 08:30-12:00 已安排唐书记接访，同一地点同一时段不能重复安排', fields: [{ field: 'place' }] });
    // A swap may not put a leader where he already is.
    const afternoon = await leader.post('/api/v1/reception-slots', { unitId: zy, day: '2026-12-02', timeRange: '09:00-11:00', leaderUserId: ids.song, place: '司法所调解室' });
    expect(afternoon.statusCode, afternoon.body).toBe(201);
    const clash = await leader.post(`/api/v1/reception-slots/${afternoon.json().id}/swap`, { leaderUserId: ids.tang, reason: '宋副主任下村' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.message).toContain('同一领导同一时段不能重复安排');
    // Other hours of the day are free.
    expect((await leader.post('/api/v1/reception-slots', { unitId: zy, day: '2026-12-02', timeRange: '14:00-17:30', leaderUserId: ids.tang, place: '街道群众来访接待室' })).statusCode).toBe(201);
    expect((await leader.post('/api/v1/reception-slots', { unitId: zy, day: '2026-12-02', timeRange: '14:00-17:30', leaderUserId: 'nobody', place: '街道群众来访接待室' })).statusCode).toBe(400);
  });

  it('another county sees none of the rota', async () => {
    expect((await (await login(t, 'dq_leader')).get('/api/v1/reception-rota?from=2026-11-30&to=2026-12-06')).json().items).toEqual([]);
  });
});
