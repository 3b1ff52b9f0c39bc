import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/index.js';
import { can, type Actor } from '../../src/domain/policies/index.js';
import type { RouteEntry } from '../../src/server/types.js';
import { buildRegistration } from '../support/factories.js';
import { login, multipartFile, SAMPLE_PNG, startApp, unitId, userId, type Client, type TestApp } from '../support/harness.js';

/**
 * Data scope: a user of 德庆县 can neither read nor change anything of the neighbouring 封开县 through any
 * endpoint. The endpoints come from the application's own route table, so a new route is covered the day it
 * is added: a route this test cannot exercise fails the test until an example is given below.
 */

// Request bodies that would succeed against the caller's own data. $X placeholders are filled with ids ($LEADER: dq_leader).
const EXAMPLES: Record<string, unknown> = {
  'POST /api/v1/units': { parentId: '$UNIT', name: '越权新建单位', code: 'EVILU1', level: 'town', kind: 'townOffice', regionCode: '441225100' },
  'PUT /api/v1/units/:id': { name: '越权修改', code: 'EVILU2', level: 'county', kind: 'discipline', regionCode: '441225', version: 1 },
  'POST /api/v1/units/:id/move': { parentId: '$UNIT', version: 1, reason: '越权调整上级' },
  'POST /api/v1/units/:id/active': { active: false, version: 1, reason: '越权停用' },
  'POST /api/v1/users': { username: 'evil_user', displayName: '越权用户', unitId: '$UNIT', roles: ['registrar'] },
  'PUT /api/v1/users/:id': { displayName: '越权修改', unitId: '$UNIT', roles: ['handler'], version: 1 },
  'POST /api/v1/users/:id/active': { active: false, version: 1 },
  'POST /api/v1/cases/:id/repeat': { isNew: true },
  'POST /api/v1/cases/:id/actions/:action': { version: 1, payload: { opinion: '越权拟办' } },
  'POST /api/v1/supervisions/:id/reply': { reply: '越权回复督办' },
  'POST /api/v1/cases/instruct': { items: [{ id: '$CASE', version: 1 }], instruction: '越权批示' },
  'POST /api/v1/cases/:id/portal-messages': { body: '越权留言' },
  'PUT /api/v1/imports/:id/mapping': { columns: {}, defaults: {} },
  // The upload is multipart and always files into the caller's own unit (see import-export.test.ts).
  'POST /api/v1/imports': {},
  'POST /api/v1/reception-slots': { unitId: '$UNIT', day: '2026-12-05', timeRange: '09:00-12:00', leaderUserId: '$LEADER', place: '越权地点' },
  'POST /api/v1/cases/:id/repeat/undo': { reason: '越权撤销' },
  'POST /api/v1/tokens': { name: '越权令牌', unitId: '$UNIT', permissions: ['unit.read'] },
  'POST /api/v1/risks/:id/progress': { note: '越权填写进展' },
  'POST /api/v1/risks/:id/status': { status: 'mediating', version: 1 },
  'POST /api/v1/risks/:id/case': { version: 1, registration: buildRegistration() },
  'POST /api/v1/ownerships': { kind: 'village', objectId: '$UNIT', leaderUserId: '00000000-0000-4000-8000-000000000000', assignedPerson: '越权专人', responsibility: '越权责任', measures: '越权措施', goal: '越权目标', targetDate: '2026-12-31' },
  'POST /api/v1/ownerships/:id/progress': { note: '越权填写包案进展' },
  'POST /api/v1/ownerships/:id/resolve': { resolution: '越权化解说明', version: 1 },
  'POST /api/v1/reception-slots/:id/swap': { leaderUserId: '$LEADER', reason: '越权换班' },
  'POST /api/v1/field-diaries': { unitId: '$UNIT', visitedOn: '2026-11-27', visitors: '越权人员', place: '越权地点', metWith: '越权对象', problemsFound: '越权问题', followUp: '越权跟进' },
  'POST /api/v1/field-diaries/:id/risk': { description: '越权转为隐患', peopleCount: 2, category: 'other', level: 'ordinary', measures: '越权措施', responsiblePerson: '越权', deadline: '2026-12-31' },
  'POST /api/v1/field-diaries/:id/case': { registration: buildRegistration() },
  'POST /api/v1/meeting-follow-ups/:id/done': { note: '越权办结' },
  'POST /api/v1/household-groups': { unitId: '$UNIT', name: '越权小组', leaderName: '越权组长', households: 10 },
  'PUT /api/v1/assessment/:id/agreement': { year: 2026, weights: { timelyAcceptance: 15, onTimeConclusion: 20, satisfactionRate: 15, repeatRate: 10, skipLevelCount: 10, groupVisitCount: 10, punctualRiskReports: 10, resolutionRate: 10 }, veto: { skipLevelBeyondCity: true, groupVisitAtLeast: 50 }, deductionPerEvent: 2 },
};
// Query strings that point a list at the other county.
const QUERIES: Record<string, string> = {
  'GET /api/v1/users': '?unitId=$UNIT',
  'GET /api/v1/audit': '?objectId=$UNIT',
  'GET /api/v1/statistics/cross-tab': '?rows=unit&columns=region&unitId=$UNIT',
  'GET /api/v1/statistics/cross-tab.xlsx': '?rows=unit&columns=region&unitId=$UNIT',
  'GET /api/v1/statistics/indicators': '?unitId=$UNIT',
  'GET /api/v1/statistics/indicators.xlsx': '?unitId=$UNIT',
  'GET /api/v1/statistics/dashboard': '?unitId=$UNIT',
  'GET /api/v1/statistics/monthly-report': '?month=2026-11&unitId=$UNIT',
  'GET /api/v1/reception-leaders': '?unitId=$UNIT',
};
// What kind of object an `:id` in each collection names.
type Kind = 'unit' | 'user' | 'token' | 'case' | 'attachment' | 'notice' | 'supervision' | 'receptionSlot' | 'importJob' | 'riskReport' | 'risk' | 'ownership' | 'diary' | 'followUp';
const ID_KIND: Record<string, Kind> = { units: 'unit', users: 'user', tokens: 'token', cases: 'case', attachments: 'attachment', notices: 'notice', supervisions: 'supervision', 'reception-slots': 'receptionSlot', imports: 'importJob', 'risk-reports': 'riskReport', risks: 'risk', ownerships: 'ownership', 'field-diaries': 'diary', 'meeting-follow-ups': 'followUp', assessment: 'unit' };
// Routes about the caller alone or about shared reference data: nothing of another unit to reach.
const NOT_SCOPED = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/password',
  'GET /api/v1/openapi.json',
  'GET /api/v1/regions/:code/children',
  'GET /api/v1/regions/:code',
  'GET /api/v1/regions',
  'GET /api/v1/categories',
  // System-wide rules: not data of any unit (writes are for the top administrator only, tested in handling).
  'GET /api/v1/config/routing',
  'PUT /api/v1/config/routing',
  'GET /api/v1/config/calendar/:year',
  'PUT /api/v1/config/calendar/:year',
  'GET /api/v1/config/time-limits',
  'PUT /api/v1/config/time-limits/:step/:pipeline',
  'GET /api/v1/config/deadline-settings',
  'PUT /api/v1/config/deadline-settings',
  'GET /api/v1/config/statistics-settings',
  'PUT /api/v1/config/statistics-settings',
  'GET /api/v1/deadlines/preview',
  // Personal: a user reads and marks only their own notifications (tested in deadlines).
  'GET /api/v1/notifications',
  'POST /api/v1/notifications/read-all',
  'POST /api/v1/notifications/:id/read',
  // The reception schedule is published to everyone; writes are checked by the scope of the unit named.
  'GET /api/v1/reception-slots',
  // Registration always files into the caller's own unit; there is no other unit to aim at.
  'POST /api/v1/cases',
  // A liaison's screening form is always their own unit's (see risks.test.ts); the schedule is system-wide.
  'GET /api/v1/risk-reports/current',
  'POST /api/v1/risk-reports',
  'GET /api/v1/config/risk-schedule',
  'PUT /api/v1/config/risk-schedule',
  // A meeting is always recorded for the caller's own unit (see meetings.test.ts).
  'POST /api/v1/meetings',
]);

let t: TestApp;
const callers: Record<string, Client> = {};
const actors: Record<string, Actor> = {};
const other = { unit: '', user: '', token: '', registrar: '', case: '', caseNo: '', attachment: '', notice: '', supervision: '', receptionSlot: '', importJob: '', riskReport: '', risk: '', ownership: '', diary: '', followUp: '' };
const own = { unit: '', user: '', leader: '' };
let before = '';

const snapshot = async () =>
  JSON.stringify(
    await rowsOf(
      t.database.db.execute(sql`
        select 'u' k, id::text, version::text v, name, active::text a, path from unit where code like 'FK%'
        union all select 'p', id::text, version::text, display_name, active::text, roles::text from app_user where unit_id = ${other.unit}
        union all select 't', id::text, coalesce(revoked_at::text, ''), name, '', '' from api_token where unit_id = ${other.unit}
        union all select 'r', id::text, version::text, status, coalesce(case_id::text, ''), (select count(*)::text from risk_progress p where p.risk_id = risk_item.id) from risk_item where unit_id = ${other.unit}
        union all select 'o', id::text, version::text, status, coalesce(resolution, ''), (select count(*)::text from ownership_progress p where p.ownership_id = ownership.id) from ownership where unit_id = ${other.unit}
        union all select 'd', id::text, coalesce(risk_id::text, ''), coalesce(case_id::text, ''), '', '' from field_diary where unit_id = ${other.unit}
        union all select 'f', f.id::text, coalesce(f.done_on::text, ''), coalesce(f.done_note, ''), '', '' from meeting_follow_up f join meeting m on m.id = f.meeting_id where m.unit_id = ${other.unit}
        order by 1, 2`),
    ),
  );

beforeAll(async () => {
  t = await startApp();
  other.unit = await unitId(t, 'FK441225');
  other.user = await userId(t, 'fk_admin');
  other.registrar = await userId(t, 'fk_registrar');
  own.unit = await unitId(t, 'DQ441226');
  own.user = await userId(t, 'dq_handler');
  own.leader = await userId(t, 'dq_leader');
  const fk = await login(t, 'fk_admin');
  const tok = await fk.post('/api/v1/tokens', { name: '封开短信网关', unitId: other.unit, permissions: ['unit.read'] });
  other.token = tok.json().token.id;
  const fkRegistrar = await login(t, 'fk_registrar');
  const fkCase = (await fkRegistrar.post('/api/v1/cases', buildRegistration({ matterRegionCode: '441225', accused: [{ name: '冯某', unit: '封开县江口镇人民政府', position: '镇长', rank: 'section' }] }))).json().case;
  other.case = fkCase.id;
  other.caseNo = fkCase.caseNo;
  const m = multipartFile('封开来信.png', SAMPLE_PNG);
  const up = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${other.case}/attachments`, payload: m.payload, headers: { ...m.headers, cookie: `xf_session=${fkRegistrar.cookie}`, 'x-csrf-token': fkRegistrar.csrf } });
  other.attachment = up.json().id;
  // A notice and a supervision of 封开, written straight into the database (how they arise is tested elsewhere).
  const [n] = await rowsOf<{ id: string }>(t.database.db.execute(sql`insert into notice (case_id, kind, notice_no, issued_at, issued_by, to_petitioner, html) values (${other.case}, 'acceptance', ${other.caseNo + '-01'}, now(), '封开', true, '<p>封开告知书</p>') returning id`));
  other.notice = n!.id;
  const [sp] = await rowsOf<{ id: string }>(t.database.db.execute(sql`insert into supervision (case_id, kind, unit_id, by_name, at, reason) values (${other.case}, 'supervise', ${other.unit}, '封开', now(), '封开督办') returning id`));
  other.supervision = sp!.id;
  const [rs] = await rowsOf<{ id: string }>(t.database.db.execute(sql`insert into reception_slot (unit_id, day, time_range, leader_name, place, created_by, created_at) values (${other.unit}, '2026-12-05', '09:00-12:00', '封开领导', '封开接待室', '封开', now()) returning id`));
  other.receptionSlot = rs!.id;
  const [ij] = await rowsOf<{ id: string }>(
    t.database.db.execute(sql`insert into import_job (unit_id, created_by_name, file_name, file_kind, header_row, headers, mapping, total_rows, created_at, updated_at)
      values (${other.unit}, '封开', '封开台账.xlsx', 'xlsx', 1, '[]'::jsonb, '{}'::jsonb, 0, now(), now()) returning id`),
  );
  other.importJob = ij!.id;
  const [rr] = await rowsOf<{ id: string }>(
    t.database.db.execute(sql`insert into risk_report (unit_id, unit_path, frequency, period_start, period_end, due_on, filed_on, filed_at, filed_by_name, is_nil)
      select id, path, 'weekly', '2026-11-23', '2026-11-29', '2026-11-27', '2026-11-27', now(), '封开', false from unit where id = ${other.unit} returning id`),
  );
  other.riskReport = rr!.id;
  const [ri] = await rowsOf<{ id: string }>(
    t.database.db.execute(sql`insert into risk_item (report_id, unit_id, unit_path, ord, description, people_count, category, level, measures, responsible_person, deadline, status, reported_on, created_at, updated_at)
      select ${other.riskReport}, id, path, 0, '封开隐患', 3, 'other', 'critical', '封开措施', '封开', '2026-12-31', 'mediating', '2026-11-27', now(), now() from unit where id = ${other.unit} returning id`),
  );
  other.risk = ri!.id;
  const [ow] = await rowsOf<{ id: string }>(
    t.database.db.execute(sql`insert into ownership (unit_id, unit_path, kind, object_id, object_label, leader_user_id, leader_name, assigned_person, responsibility, measures, goal, started_on, target_date, created_by_name, created_at)
      select id, path, 'risk', ${other.risk}, '封开隐患', ${other.user}, '封开领导', '封开专人', '封开责任', '封开措施', '封开目标', '2026-11-27', '2026-12-31', '封开', now() from unit where id = ${other.unit} returning id`),
  );
  other.ownership = ow!.id;
  const [fd] = await rowsOf<{ id: string }>(
    t.database.db.execute(sql`insert into field_diary (unit_id, unit_path, author_name, visited_on, visitors, place, met_with, problems_found, follow_up, created_at)
      select id, path, '封开', '2026-11-27', '封开人员', '封开地点', '封开对象', '封开问题', '封开跟进', now() from unit where id = ${other.unit} returning id`),
  );
  other.diary = fd!.id;
  const [fu] = await rowsOf<{ id: string }>(
    t.database.db.execute(sql`with m as (insert into meeting (unit_id, unit_path, kind, held_on, attendees, topics, decisions, recorded_by, created_at)
      select id, path, 'screening', '2026-11-27', '封开参会', '封开议题', '封开决定', '封开', now() from unit where id = ${other.unit} returning id, unit_path)
      insert into meeting_follow_up (meeting_id, unit_path, task, owner_name, due_on) select id, unit_path, '封开事项', '封开', '2026-12-31' from m returning id`),
  );
  other.followUp = fu!.id;
  for (const name of ['dq_admin', 'dq_auditor', 'dq_unithead', 'dq_registrar']) {
    callers[name] = await login(t, name);
    const me = (await callers[name]!.get('/api/v1/auth/me')).json();
    actors[name] = { kind: 'user', id: me.user.id, name, unitId: me.unit.id, unitPath: me.unit.path, roles: me.user.roles };
  }
  before = await snapshot();
});
afterAll(() => t.close());

const key = (r: RouteEntry) => `${r.method} ${r.url}`;
// Values for path parameters other than the object id.
const PARAM_VALUES: Record<string, string> = { kind: 'registration-form', action: 'propose' };
const fillParams = (url: string) => url.replace(/:(\w+)/g, (m, name: string) => PARAM_VALUES[name] ?? m);
const scopedRoutes = () => t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.config.public && !NOT_SCOPED.has(key(r)));

function callerFor(r: RouteEntry): Client {
  const name = Object.keys(actors).find((n) => !r.config.permission || can(actors[n]!, r.config.permission));
  if (!name) throw new Error(`no demo caller of 德庆县 holds the permission of ${key(r)}`);
  return callers[name]!;
}
const fill = (value: unknown, unit: string) => JSON.parse(JSON.stringify(value ?? {}).replaceAll('$UNIT', unit).replaceAll('$CASE', other.case).replaceAll('$LEADER', own.leader));
const otherIds = (kind: Kind) =>
  ({ unit: [other.unit], user: [other.user, other.registrar], token: [other.token], case: [other.case], attachment: [other.attachment], notice: [other.notice], supervision: [other.supervision], receptionSlot: [other.receptionSlot], importJob: [other.importJob], riskReport: [other.riskReport], risk: [other.risk], ownership: [other.ownership], diary: [other.diary], followUp: [other.followUp] })[kind];

describe('data scope over every route', () => {
  it('knows how to exercise every scoped route', () => {
    const missing = scopedRoutes().filter((r) => {
      const k = key(r);
      const collection = r.url.split('/')[3] ?? '';
      if (r.url.includes(':') && !ID_KIND[collection]) return true;
      return r.method !== 'GET' && !(k in EXAMPLES) && !r.url.includes(':');
    });
    expect(missing.map(key), 'add an example (EXAMPLES / ID_KIND) for these routes').toEqual([]);
    expect(scopedRoutes().length).toBeGreaterThan(15);
  });

  it('refuses every route aimed at the neighbouring county, and leaks nothing in lists', async () => {
    const failures: string[] = [];
    const secrets = [other.unit, other.user, other.registrar, other.token, other.case, other.caseNo, other.attachment, other.notice, other.supervision, other.receptionSlot, other.importJob, other.riskReport, other.risk, other.ownership, other.diary, other.followUp, '封开'];
    for (const r of scopedRoutes()) {
      const k = key(r);
      const client = callerFor(r);
      const collection = r.url.split('/')[3] ?? '';
      if (r.url.includes(':caseNo')) {
        const res = await client.get(fillParams(r.url.replace(':caseNo', other.caseNo)));
        if (res.statusCode < 400) failures.push(`${k} finds a 封开 case → ${res.statusCode}`);
      } else if (r.url.includes(':id')) {
        // The object itself lies outside the caller's subtree.
        for (const id of otherIds(ID_KIND[collection]!)) {
          const res = await client.request(r.method, fillParams(r.url.replace(':id', id)), r.method === 'GET' ? undefined : fill(EXAMPLES[k], own.unit));
          if (res.statusCode < 400) failures.push(`${k} on 封开 object → ${res.statusCode}`);
        }
        // The caller's own object, pointed at the other county through the body.
        if (JSON.stringify(EXAMPLES[k] ?? '').includes('$UNIT')) {
          const id = ID_KIND[collection] === 'unit' ? await unitId(t, 'DQ101') : own.user;
          if (ID_KIND[collection] === 'case') continue; // no case body names a unit
          const res = await client.request(r.method, r.url.replace(':id', id), fill(EXAMPLES[k], other.unit));
          if (res.statusCode < 400) failures.push(`${k} moving own object into 封开 → ${res.statusCode}`);
        }
      } else if (r.method === 'GET') {
        const res = await client.get(r.url + fill(QUERIES[k] ?? '', other.unit).toString());
        const body = res.body;
        if (res.statusCode >= 500) failures.push(`${k} → ${res.statusCode}`);
        for (const s of secrets) if (body.includes(s)) failures.push(`${k} leaks ${s}`);
        const plain = await client.get(r.url);
        for (const s of secrets) if (plain.body.includes(s)) failures.push(`${k} (unfiltered) leaks ${s}`);
      } else {
        const res = await client.request(r.method, r.url, fill(EXAMPLES[k], other.unit));
        // Batch routes answer 200 with a verdict per item: every item must have been refused.
        const batchRefused = res.statusCode === 200 && Array.isArray(res.json().results) && res.json().results.every((x: { ok: boolean }) => !x.ok);
        if (res.statusCode < 400 && !batchRefused) failures.push(`${k} creating in 封开 → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('left every row of the neighbouring county exactly as it was', async () => {
    expect(await snapshot()).toBe(before);
  });

  it('still lets the same callers act on their own county (the refusals are about scope, not the request)', async () => {
    const admin = callers.dq_admin!;
    const created = await admin.post('/api/v1/units', fill(EXAMPLES['POST /api/v1/units'], own.unit));
    expect(created.statusCode, created.body).toBe(400); // 441225100 is in 封开, not under 德庆: refused for the region
    const ok = await admin.post('/api/v1/units', { ...fill(EXAMPLES['POST /api/v1/units'], own.unit), regionCode: '441226101' });
    expect(ok.statusCode, ok.body).toBe(201);
    const list = await admin.get('/api/v1/units');
    expect(list.json().items.map((u: { name: string }) => u.name)).toContain('越权新建单位');
  });
});
