import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/index.js';
import {
  appUser,
  assessmentAgreement,
  fieldDiary,
  householdGroup,
  meeting,
  meetingFollowUp,
  ownership,
  ownershipProgress,
  receptionSlot,
  riskItem,
  riskProgress,
  riskReport,
  unit,
} from '../../db/schema/index.js';
import { DEFAULT_DEDUCTION_PER_EVENT, DEFAULT_VETO, DEFAULT_WEIGHTS } from '../../domain/assessment/index.js';
import { addDays, compareDates, isWeekend, toChinaDate, type IsoDate } from '../../domain/deadlines/index.js';
import { dueDateOf, periodOf, type RiskItemInput } from '../../domain/risks/index.js';
import { currentCalendar } from '../deadlines/calendar.js';

/**
 * The demo's grassroots work, dated relative to the day it runs so a fresh start shows a living street office
 * (中云街道): four weeks of screening reports by the villages' liaison officers (on time, one late, one missing,
 * nil reports, risks of every level, an open 重大 risk with its daily progress, one 已化解), 联户联保小组, the
 * leader's 包案 with the four 定, the reception rota of this week and the next two (the portal publishes it),
 * 民情日记, the half-monthly screening meetings with follow-ups, and this year's 目标责任状 of two units.
 * Creates no cases. Runs inside the demo seed's transaction, as the database owner (no scope).
 */
export async function seedDemoActivity(tx: Db, now: Date) {
  const cal = currentCalendar();
  const today = toChinaDate(now);
  const at = (d: IsoDate, hour = 10) => new Date(`${d}T${String(hour - 8).padStart(2, '0')}:00:00Z`); // China time
  const earlier = (a: IsoDate, b: IsoDate) => (compareDates(a, b) <= 0 ? a : b);
  const workdayOnOrBefore = (d: IsoDate) => {
    let x = d;
    while (!cal.isWorkday(x)) x = addDays(x, -1);
    return x;
  };
  const workdayBefore = (d: IsoDate) => workdayOnOrBefore(addDays(d, -1));

  const units = new Map((await tx.select({ id: unit.id, code: unit.code, path: unit.path, name: unit.name }).from(unit)).map((u) => [u.code, u]));
  const users = new Map(
    (await tx.select({ id: appUser.id, username: appUser.username, displayName: appUser.displayName, title: appUser.title }).from(appUser)).map((u) => [u.username, u]),
  );
  const U = (code: string) => units.get(code)!;
  const user = (name: string) => users.get(name)!;
  const zy = U('ZY370281002');
  const village = (n: number) => U(`ZYV${String(n).padStart(2, '0')}`);
  const [hetouyuan, xisong, zhongyun, xiangtang, guojiazhuang, zhuangzhijian, zaishengjiao, zhiding, eryun, fenjin, shunde] = Array.from({ length: 11 }, (_, i) => village(i + 1));
  const villages = [hetouyuan, xisong, zhongyun, xiangtang, guojiazhuang, zhuangzhijian, zaishengjiao, zhiding, eryun, fenjin, shunde].map((v) => v!);

  // The villages have reported for four weeks: weeks that fell due before that are owed by nobody.
  const week0 = periodOf(today, 'weekly');
  await tx.update(unit).set({ createdAt: at(addDays(week0.start, -28), 9) }).where(inArray(unit.id, villages.map((v) => v.id)));

  // ---- 隐患排查: weekly reports of the last four weeks and this week -------------------------------------------
  // A line of the form, and when an 已化解 line was closed.
  type Line = RiskItemInput & { closedOn?: IsoDate };
  const liaisonOf = new Map(villages.map((v, i) => [v.id, LIAISONS[i]!]));
  const lines = new Map<string, Line[]>(); // `${unit code}:${weeks back}`
  const critical: Line = {
    description: '西宋村 8 户村民对村集体土地流转收益分配方案有异议，扬言集体到市里上访',
    peopleCount: 8,
    keyPersons: '宋某军、王某华',
    category: 'landAndHousing',
    level: 'critical',
    measures: '包案领导牵头，村两委公开近三年流转收益账目，逐户见面做工作',
    responsiblePerson: '袁联络',
    deadline: addDays(today, 14),
    status: 'mediating',
  };
  lines.set(`${xisong!.code}:3`, [critical]);
  lines.set(`${zhongyun!.code}:4`, [
    {
      description: '中云社区两户居民因房屋漏水相互指责，多次发生争吵',
      peopleCount: 2,
      category: 'neighbourDisputes',
      level: 'ordinary',
      measures: '社区人民调解委员会组织调解，请物业查明漏水原因',
      responsiblePerson: '中云社区调委会主任',
      deadline: addDays(week0.start, -14),
      status: 'resolved',
      resolution: '物业查明为楼上管道老化，楼上住户出资维修并赔偿，双方签订调解协议并已履行',
      closedOn: addDays(week0.start, -18),
    },
  ]);
  lines.set(`${guojiazhuang!.code}:2`, [
    {
      description: '部分村民质疑村集体账目，要求公开近两年财务收支和工程发包情况',
      peopleCount: 15,
      keyPersons: '郭某林',
      category: 'villageAffairs',
      level: 'major',
      measures: '街道经管站审计村账，村务监督委员会按月公开财务',
      responsiblePerson: '郭联络',
      deadline: addDays(today, 21),
      status: 'mediating',
    },
  ]);
  lines.set(`${zaishengjiao!.code}:1`, [
    {
      description: '企业停产整顿，23 名职工反映两个月工资未发放',
      peopleCount: 23,
      keyPersons: '职工代表张某',
      category: 'wagesAndPensions',
      level: 'major',
      measures: '街道劳动保障所约谈企业负责人，督促制定欠薪清偿计划',
      responsiblePerson: '曾联络',
      deadline: addDays(today, 10),
      status: 'mediating',
    },
  ]);
  lines.set(`${hetouyuan!.code}:1`, [
    {
      description: '居民反映小区旁废品收购站噪声、粉尘扰民',
      peopleCount: 6,
      category: 'environment',
      level: 'ordinary',
      measures: '联系环保所现场检查，督促收购站整改',
      responsiblePerson: '何联络',
      deadline: addDays(today, 7),
      status: 'screening',
    },
  ]);

  const reports: (typeof riskReport.$inferInsert)[] = [];
  const items: (typeof riskItem.$inferInsert & { id: string })[] = [];
  villages.forEach((v, i) => {
    for (let back = 4; back >= 0; back--) {
      const period = { start: addDays(week0.start, -7 * back), end: addDays(week0.end, -7 * back) };
      const due = dueDateOf(period, cal);
      let filedOn: IsoDate | null = i % 2 ? due : workdayBefore(due);
      // This week: before its due date some have filed; after it (a weekend) all but 西宋村 and 郭家庄村.
      if (back === 0) filedOn = (compareDates(today, due) > 0 ? v !== xisong && v !== guojiazhuang : [0, 2, 5, 6, 7, 8].includes(i)) ? earlier(today, i % 2 ? due : workdayBefore(due)) : null;
      if (v === xiangtang && back === 2) filedOn = cal.addWorkdays(due, 1); // late
      if (v === shunde && back === 1) filedOn = null; // missing
      if (!filedOn || compareDates(filedOn, period.start) < 0) continue;
      const found = lines.get(`${v.code}:${back}`) ?? [];
      const id = crypto.randomUUID();
      const liaison = liaisonOf.get(v.id)!;
      reports.push({
        id,
        unitId: v.id,
        unitPath: v.path,
        frequency: 'weekly',
        periodStart: period.start,
        periodEnd: period.end,
        dueOn: due,
        filedOn,
        filedAt: at(filedOn, 16),
        filedBy: users.get(liaison)?.id ?? null,
        filedByName: users.get(liaison)?.displayName ?? '信访联络员',
        isNil: !found.length,
        note: found.length ? null : '本周无隐患',
      });
      found.forEach((l, ord) =>
        items.push({
          id: crypto.randomUUID(),
          reportId: id,
          unitId: v.id,
          unitPath: v.path,
          ord,
          description: l.description,
          peopleCount: l.peopleCount,
          keyPersons: l.keyPersons ?? null,
          category: l.category,
          level: l.level,
          measures: l.measures,
          responsiblePerson: l.responsiblePerson,
          deadline: l.deadline,
          status: l.status,
          resolution: l.resolution ?? null,
          reportedOn: filedOn,
          closedOn: l.closedOn ?? null,
          createdAt: at(filedOn, 16),
          updatedAt: at(l.closedOn ?? filedOn, 16),
        }),
      );
    }
  });
  await tx.insert(riskReport).values(reports);
  await tx.insert(riskItem).values(items);

  // 重大隐患: a progress entry every day from the report to yesterday.
  const key = items.find((r) => r.level === 'critical')!;
  const notes = ['入户走访 3 户，听取意见，情绪基本稳定', '村两委会议研究收益分配方案', '公开近三年流转收益账目', '包案领导到村召开村民代表座谈会', '逐户解释分配方案，2 户表示认可'];
  const progress: (typeof riskProgress.$inferInsert)[] = [];
  for (let d = key.reportedOn, n = 0; compareDates(d, today) < 0; d = addDays(d, 1), n++)
    progress.push({ riskId: key.id, unitPath: key.unitPath, day: d, note: notes[n % notes.length]!, byUserId: user('xs_liaison').id, byName: user('xs_liaison').displayName, at: at(d, 17) });
  if (progress.length) await tx.insert(riskProgress).values(progress);

  // ---- 联户联保小组 ----------------------------------------------------------------------------------------------
  const since = at(addDays(week0.start, -28));
  await tx.insert(householdGroup).values([
    { unitId: xisong!.id, unitPath: xisong!.path, name: '西宋村第一联户联保小组', leaderName: '宋立华', households: 10, members: '宋家、王家、李家等 10 户（村东片）', createdAt: since },
    { unitId: xisong!.id, unitPath: xisong!.path, name: '西宋村第二联户联保小组', leaderName: '王秀兰', households: 12, members: '村西片 12 户', createdAt: since },
    { unitId: guojiazhuang!.id, unitPath: guojiazhuang!.path, name: '郭家庄村南片联户联保小组', leaderName: '郭长顺', households: 9, members: '郭家、赵家等 9 户', createdAt: since },
  ]);

  // ---- 领导包案: the street office's party secretary owns the key risk, a key person and a village ---------------
  const leader = user('zy_leader');
  const own = (o: Omit<typeof ownership.$inferInsert, 'leaderUserId' | 'leaderName' | 'createdByName' | 'createdAt'>) => ({
    ...o,
    leaderUserId: leader.id,
    leaderName: leader.displayName,
    createdByName: user('zy_unithead').displayName,
    createdAt: at(o.startedOn),
  });
  const started = (days: number) => addDays(today, -days);
  const owned = await tx
    .insert(ownership)
    .values([
      own({
        unitId: xisong!.id,
        unitPath: xisong!.path,
        kind: 'risk',
        objectId: key.id,
        objectLabel: key.description,
        assignedPerson: '袁联络（西宋村信访联络员）',
        responsibility: '唐书记负总责，西宋村党支部书记具体落实',
        measures: '每周听取一次汇报，公开流转收益账目，逐户见面做工作',
        goal: '两周内化解，不发生越级访、集体访',
        startedOn: key.reportedOn,
        targetDate: key.deadline,
      }),
      own({
        unitId: xiangtang!.id,
        unitPath: xiangtang!.path,
        kind: 'keyPerson',
        objectId: xiangtang!.id,
        objectLabel: `刘某田（宅基地纠纷，曾三次到市里上访）（${xiangtang!.name}）`,
        assignedPerson: '响堂村党支部书记',
        responsibility: '唐书记包案，司法所配合释法明理',
        measures: '每月上门谈心一次，请国土所重新勘测宅基地界址',
        goal: '依法解决宅基地界址争议，息诉罢访',
        startedOn: started(40),
        targetDate: addDays(today, 3),
      }),
      own({
        unitId: guojiazhuang!.id,
        unitPath: guojiazhuang!.path,
        kind: 'village',
        objectId: guojiazhuang!.id,
        objectLabel: guojiazhuang!.name,
        assignedPerson: '郭联络（郭家庄村信访联络员）',
        responsibility: '唐书记包村，街道经管站、综治办配合',
        measures: '每半月到村一次，督促村务财务公开，参加隐患排查例会',
        goal: '全年无越级访、集体访，村级矛盾不出村',
        startedOn: started(90),
        targetDate: `${today.slice(0, 4)}-12-31`,
      }),
      own({
        unitId: zhiding!.id,
        unitPath: zhiding!.path,
        kind: 'keyPerson',
        objectId: zhiding!.id,
        objectLabel: `王某民（企业改制遗留社保接续问题）（${zhiding!.name}）`,
        assignedPerson: '制钉厂工会主席',
        responsibility: '唐书记包案，街道劳动保障所具体办理',
        measures: '协调社保经办机构核实缴费年限，补缴欠费',
        goal: '一个月内办结社保接续',
        startedOn: started(50),
        targetDate: started(15),
        status: 'resolved',
        resolvedOn: started(18),
        resolution: '社保欠费已由企业补缴，养老保险关系接续完成，本人签字息诉',
      }),
    ])
    .returning();
  const ownedProgress = [
    { o: owned[0]!, days: [2, 6], notes: ['到村召开村民代表座谈会，听取对分配方案的意见', '督促村两委公开流转收益账目'] },
    { o: owned[1]!, days: [8, 30], notes: ['与国土所到现场复测宅基地界址', '上门谈心，本人表示等待复测结果'] },
    { o: owned[2]!, days: [5, 20], notes: ['参加郭家庄村隐患排查例会，听取财务公开情况', '到村督促公开近两年财务收支'] },
    { o: owned[3]!, days: [18, 35], notes: ['社保欠费补缴完成，本人签字认可', '协调社保经办机构核实缴费年限'] },
  ];
  await tx.insert(ownershipProgress).values(
    ownedProgress.flatMap(({ o, days, notes: n }) =>
      days
        .map((d, i) => ({ ownershipId: o.id, unitPath: o.unitPath, day: started(d), note: n[i]!, byName: leader.displayName, at: at(started(d), 15) }))
        .filter((p) => compareDates(p.day, o.startedOn) >= 0),
    ),
  );

  // ---- 领导接访: this week and the next two, working-day mornings; the county's secretary at 德城街道 on Wednesdays --
  const deputy = user('zy_deputy');
  const slots: (typeof receptionSlot.$inferInsert)[] = [];
  for (let d = week0.start; compareDates(d, addDays(week0.start, 20)) <= 0; d = addDays(d, 1)) {
    if (!cal.isWorkday(d)) continue;
    const l = isWeekend(d) || [2, 4].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) ? deputy : leader;
    slots.push({
      unitId: zy.id,
      day: d,
      timeRange: '08:30-12:00',
      leaderUserId: l.id,
      leaderName: l.displayName,
      leaderTitle: l.title || null,
      place: '中云街道办事处群众来访接待室',
      topics: l === leader ? '土地流转、征地补偿' : '劳动保障、村务公开',
      createdBy: user('zy_unithead').displayName,
      createdAt: at(addDays(week0.start, -3)),
    });
    if (new Date(`${d}T00:00:00Z`).getUTCDay() === 3) {
      const dq = user('dq_leader');
      slots.push({ unitId: U('DQ001').id, day: d, timeRange: '09:00-12:00', leaderUserId: dq.id, leaderName: dq.displayName, leaderTitle: dq.title || null, place: '德城街道群众工作站接待室', topics: null, createdBy: user('dc_unithead').displayName, createdAt: at(addDays(week0.start, -3)) });
    }
  }
  await tx.insert(receptionSlot).values(slots);

  // ---- 民情日记 ------------------------------------------------------------------------------------------------
  await tx.insert(fieldDiary).values([
    {
      unitId: xiangtang!.id,
      unitPath: xiangtang!.path,
      authorId: leader.id,
      authorName: leader.displayName,
      visitedOn: started(9),
      visitors: '唐书记、街道司法所所长',
      place: '响堂村村委会、刘某田家',
      metWith: '村两委成员、刘某田及其家属',
      problemsFound: '刘某田与邻居宅基地界址争议未解决，对复测结果有顾虑',
      followUp: '请国土所两周内复测界址，司法所同步释法明理',
      createdAt: at(started(9), 18),
    },
    {
      unitId: zaishengjiao!.id,
      unitPath: zaishengjiao!.path,
      authorId: user('zy_unithead').id,
      authorName: user('zy_unithead').displayName,
      visitedOn: started(4),
      visitors: '姜主任、街道劳动保障所工作人员',
      place: '胶州市再生胶厂',
      metWith: '企业负责人、职工代表 5 人',
      problemsFound: '欠薪清偿计划尚未落实，职工情绪波动',
      followUp: '企业一周内拿出清偿计划，劳动保障所跟踪督办',
      createdAt: at(started(4), 18),
    },
  ]);

  // ---- 三会: the half-monthly screening meetings, one follow-up done and one open -------------------------------
  const recent = workdayOnOrBefore(addDays(today, -3));
  const previous = workdayOnOrBefore(addDays(recent, -14));
  const [m1, m2] = await tx
    .insert(meeting)
    .values([
      {
        unitId: zy.id,
        unitPath: zy.path,
        kind: 'screening',
        heldOn: previous,
        attendees: '唐书记、宋副主任、姜主任、薛督办，各村（社区）和企业信访联络员',
        topics: '上半月隐患排查情况；西宋村土地流转收益分配',
        decisions: '西宋村土地流转问题列为重大隐患，由唐书记包案；各村按时上报排查表',
        recordedBy: user('zy_unithead').displayName,
        createdAt: at(previous, 17),
      },
      {
        unitId: zy.id,
        unitPath: zy.path,
        kind: 'screening',
        heldOn: recent,
        attendees: '唐书记、宋副主任、姜主任、薛督办，各村（社区）和企业信访联络员',
        topics: '本月隐患排查情况；再生胶厂欠薪；顺德印刷厂未按时上报',
        decisions: '劳动保障所督促再生胶厂制定清偿计划；稳定中心约谈未按时上报的企业联络员',
        recordedBy: user('zy_unithead').displayName,
        createdAt: at(recent, 17),
      },
    ])
    .returning();
  await tx.insert(meetingFollowUp).values([
    { meetingId: m1!.id, unitPath: zy.path, task: '西宋村公开近三年土地流转收益账目', ownerName: '袁联络', dueOn: addDays(previous, 7), doneOn: addDays(previous, 5), doneNote: '账目已在村务公开栏张贴并召开村民代表会说明' },
    { meetingId: m2!.id, unitPath: zy.path, task: '再生胶厂拿出欠薪清偿计划', ownerName: '街道劳动保障所', dueOn: addDays(recent, 7), doneOn: null, doneNote: null },
    { meetingId: m2!.id, unitPath: zy.path, task: '约谈顺德印刷厂信访联络员，补报排查表', ownerName: '薛督办', dueOn: addDays(recent, 3), doneOn: null, doneNote: null },
  ]);

  // ---- 目标责任状 of this year: the street office (by the city bureau) and 德城街道 (by the county) --------------
  const year = Number(today.slice(0, 4));
  const signed = earlier(`${year}-01-15`, today);
  const dc = U('DQ001');
  await tx.insert(assessmentAgreement).values([
    { unitId: zy.id, unitPath: zy.path, year, weights: DEFAULT_WEIGHTS, veto: DEFAULT_VETO, deductionPerEvent: DEFAULT_DEDUCTION_PER_EVENT, signedOn: signed, signedByName: user('jz_leader').displayName, note: '胶州市信访局与中云街道办事处签订', createdAt: at(signed) },
    { unitId: dc.id, unitPath: dc.path, year, weights: DEFAULT_WEIGHTS, veto: { ...DEFAULT_VETO, groupVisitAtLeast: 30 }, deductionPerEvent: 3, signedOn: signed, signedByName: user('dq_leader').displayName, note: '德庆县纪委监委与德城街道群众工作站签订', createdAt: at(signed) },
  ]);
  return { reports: reports.length, risks: items.length, slots: slots.length };
}

/** The liaison officer of each 中云 village or enterprise, in the order of the demo tree. */
const LIAISONS = ['hty_liaison', 'xs_liaison', 'zysq_liaison', 'xt_liaison', 'gjz_liaison', 'zzj_liaison', 'zsj_liaison', 'zd_liaison', 'ey_liaison', 'fj_liaison', 'sd_liaison'];
