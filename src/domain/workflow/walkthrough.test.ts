import { describe, expect, it } from 'vitest';
import { decide, type Approval } from './decide.js';
import { entrySideEffects, type SideEffect } from './side-effects.js';
import { buildCaseView, staff, UNITS } from './testing.js';
import type { CaseAction } from './transitions.js';
import type { CaseView, Payload, WorkflowActor } from './types.js';

const PATHS: Record<string, string> = { root: '/root/', upper: '/root/upper/', unit: '/root/upper/unit/' };

/** Plays a case through decide(), applying the bookkeeping a service would (prior state, unit move, extension flags). */
function play(start: CaseView) {
  let view = start;
  const effects: SideEffect[] = [];
  const step = (actor: WorkflowActor, action: CaseAction, payload: Payload = {}): Approval => {
    const r = decide(actor, view, action, payload);
    if (!r.ok) throw new Error(`${action} refused: ${r.message}`);
    effects.push(...r.sideEffects);
    const kinds = new Set(r.sideEffects.map((e) => e.kind));
    view = {
      ...view,
      state: r.to,
      priorState: kinds.has('rememberPriorState') ? r.from : view.priorState,
      ...(kinds.has('moveToActorUnit')
        ? { handlingUnitId: actor.unitId, handlingUnitPath: PATHS[actor.unitId] }
        : {}),
      ...(action === 'requestExtension' ? { extensionPending: true } : {}),
      ...(action === 'approveExtension' ? { extensionPending: false, extensionUsed: true } : {}),
    };
    return r;
  };
  return { step, view: () => view, effects };
}

describe('a real-name discipline report, from registration to archive', () => {
  it('goes through 初步核实, a sent-back report and feedback to the reporter', () => {
    const start = buildCaseView({ pipeline: 'discipline', realName: true });
    expect(entrySideEffects({ ...start, state: 'registered' })).toEqual([
      { kind: 'startDeadline', step: 'realNameAcceptNotice' },
    ]);
    const c = play(start);
    c.step(staff('registrar'), 'propose', { opinion: '拟由第一监督检查室初步核实' });
    c.step(staff('leader'), 'instruct', { instruction: '同意' });
    const accepted = c.step(staff('registrar'), 'accept');
    expect(accepted.sideEffects).toEqual(
      expect.arrayContaining([
        { kind: 'notifyPetitioner', notice: 'acceptance' },
        { kind: 'freezeDeadline', step: 'realNameAcceptNotice' },
        { kind: 'notifyCaseManagement' },
      ]),
    );
    expect(accepted.sideEffects).not.toContainEqual({ kind: 'startDeadline', step: 'conclude' });
    c.step(staff('unitHead'), 'preliminaryCheck', { opinion: '经集体研究，予以初步核实' });
    expect(c.view().state).toBe('checking');
    c.step(staff('handler'), 'submitConclusion', { report: '初核报告', finding: 'basicallyTrue' });
    const back = c.step(staff('unitHead'), 'sendBackConclusion', { reason: '证据不充分' });
    expect(back.to).toBe('checking');
    c.step(staff('handler'), 'submitConclusion', { report: '补充后的初核报告', finding: 'basicallyTrue' });
    const approved = c.step(staff('unitHead'), 'approveConclusion');
    expect(approved.sideEffects).toEqual([{ kind: 'startDeadline', step: 'realNameResultNotice' }]);
    const reply = c.step(staff('handler'), 'reply', { opinion: '反映问题基本属实，已作出处理' });
    expect(reply.sideEffects).toEqual([
      { kind: 'notifyPetitioner', notice: 'result' },
      { kind: 'freezeDeadline', step: 'realNameResultNotice' },
    ]);
    c.step(staff('registrar'), 'archive');
    expect(c.view().state).toBe('archived');
  });

  it('gives an anonymous reporter no notice and no feedback, and lets nobody evaluate', () => {
    const c = play(buildCaseView({ pipeline: 'discipline', realName: false }));
    expect(entrySideEffects({ ...c.view(), state: 'registered' })).toEqual([]);
    c.step(staff('registrar'), 'propose', { opinion: '拟予以了结' });
    c.step(staff('leader'), 'instruct', { instruction: '同意' });
    c.step(staff('registrar'), 'accept');
    c.step(staff('leader'), 'close', { reason: '反映问题已查清，不实', finding: 'untrue' });
    c.step(staff('unitHead'), 'approveConclusion');
    c.step(staff('handler'), 'reply', { opinion: '了结' });
    expect(c.effects.filter((e) => e.kind === 'notifyPetitioner')).toEqual([]);
    expect(decide(staff('registrar'), c.view(), 'evaluate', { evaluation: 'satisfied' })).toMatchObject({
      code: 'notAllowedNow',
      message: '匿名检举控告不反馈处理结果，无需评价',
    });
  });

  it('files a real-name repeat without any acceptance notice due', () => {
    const repeat = buildCaseView({ pipeline: 'discipline', realName: true, isRepeat: true });
    expect(entrySideEffects({ ...repeat, state: 'registered' })).toEqual([]);
    expect(entrySideEffects({ ...repeat, state: 'pendingAcceptance' })).toEqual([
      { kind: 'startDeadline', step: 'lowerAccept' },
    ]);
    const filed = decide(staff('registrar'), repeat, 'fileAsRepeat');
    expect(filed).toMatchObject({ ok: true, to: 'filedAsRepeat' });
    if (filed.ok) expect(filed.sideEffects.some((e) => e.kind === 'notifyPetitioner')).toBe(false);
    const accepted = decide(staff('registrar'), { ...repeat, state: 'instructed' }, 'accept');
    if (!accepted.ok) throw new Error(accepted.message);
    expect(
      accepted.sideEffects.filter(
        (e) => e.kind === 'notifyPetitioner' || ('step' in e && e.step === 'realNameAcceptNotice'),
      ),
    ).toEqual([]);
    expect(
      decide(staff('registrar'), buildCaseView({ pipeline: 'discipline' }), 'fileAsRepeat'),
    ).toMatchObject({
      message: '本件尚未确认为重复件，请先关联原信访件',
    });
  });

  it('sends an item that belongs upward with a restricted record, and a returned item back to its sender', () => {
    const view = buildCaseView({ pipeline: 'discipline', state: 'instructed' });
    const up = decide(staff('registrar'), view, 'escalate', { targetUnitId: UNITS.upper });
    expect(up).toMatchObject({ ok: true, to: 'escalated' });
    if (up.ok) {
      expect(up.sideEffects).toContainEqual({ kind: 'restrictRecord' });
      expect(up.sideEffects).toContainEqual({
        kind: 'createLinkedCase',
        relation: 'escalate',
        initialState: 'registered',
        restricted: true,
      });
    }
    const arrived = buildCaseView({
      pipeline: 'discipline',
      state: 'pendingAcceptance',
      sourceRelation: 'transfer',
    });
    expect(decide(staff('registrar'), arrived, 'return', { reason: '不属本机关管辖' })).toMatchObject({
      ok: true,
      to: 'returned',
      sideEffects: [{ kind: 'freezeDeadline', step: 'lowerAccept' }, { kind: 'reopenSource' }],
    });
    expect(
      decide(staff('registrar'), { ...view, state: 'transferred' }, 'takeBack', { reason: '下级提出异议' }),
    ).toMatchObject({
      ok: true,
      to: 'registered',
    });
  });
});

describe('a government petition with an extension, a pause, 复查 and 复核', () => {
  it('runs from registration to 不再受理 and archive', () => {
    const c = play(buildCaseView({ pipeline: 'government', realName: true }));
    expect(entrySideEffects({ ...c.view(), state: 'registered' })).toEqual([
      { kind: 'startDeadline', step: 'transferOrAssign' },
      { kind: 'startDeadline', step: 'acceptanceNotice' },
    ]);
    c.step(staff('registrar'), 'propose', { opinion: '拟由本单位办理' });
    expect(decide(staff('leader'), c.view(), 'sendBackProposal', { reason: '请核实属地' })).toMatchObject({
      ok: true,
      to: 'registered',
    });
    c.step(staff('leader'), 'instruct', { instruction: '请人社科办理' });
    const accepted = c.step(staff('registrar'), 'accept');
    expect(accepted.sideEffects).toEqual(
      expect.arrayContaining([
        { kind: 'freezeDeadline', step: 'transferOrAssign' },
        { kind: 'notifyPetitioner', notice: 'acceptance' },
        { kind: 'startDeadline', step: 'conclude' },
      ]),
    );
    c.step(staff('handler'), 'startHandling');
    c.step(staff('handler'), 'requestExtension', { reason: '涉及多个部门', days: 30 });
    expect(
      decide(staff('handler'), c.view(), 'requestExtension', { reason: '再延', days: 10 }),
    ).toMatchObject({
      message: '本件已有待审批的延期申请',
    });
    const ext = c.step(staff('unitHead'), 'approveExtension');
    expect(ext.to).toBe('handling');
    expect(ext.sideEffects).toEqual([
      { kind: 'extendDeadline', step: 'conclude' },
      { kind: 'notifyPetitioner', notice: 'extension' },
    ]);
    expect(
      decide(staff('handler'), c.view(), 'requestExtension', { reason: '再延', days: 10 }),
    ).toMatchObject({
      code: 'notAllowedNow',
      message: '本件已延期一次，延期只能申请一次',
    });
    c.step(staff('unitHead'), 'pause', { reason: '等待信访人补充材料' });
    expect(c.view().state).toBe('paused');
    expect(decide(staff('handler'), c.view(), 'submitConclusion', { report: '…', finding: 'true' }).ok).toBe(
      false,
    );
    expect(c.step(staff('unitHead'), 'resume').to).toBe('handling');
    c.step(staff('handler'), 'submitConclusion', {
      report: '办结报告',
      finding: 'partlyTrue',
      measures: '补发工资',
    });
    c.step(staff('unitHead'), 'approveConclusion');
    const reply = c.step(staff('handler'), 'reply', { opinion: '处理意见书' });
    expect(reply.sideEffects).toContainEqual({ kind: 'startDeadline', step: 'reviewRequest' });
    c.step(staff('registrar'), 'evaluate', { evaluation: 'dissatisfied' });

    const late = { ...c.view(), reviewRequestDueDate: '2025-02-10' };
    expect(
      decide(staff('registrar', UNITS.upper), late, 'requestReview', {
        requestDate: '2025-02-11',
        reason: '不服',
      }),
    ).toMatchObject({
      code: 'invalidField',
      message: '已超过申请复查期限（应于2025年2月10日前提出）',
    });
    c.step(staff('registrar', UNITS.upper), 'requestReview', {
      requestDate: '2025-02-01',
      reason: '对处理意见不服',
    });
    expect(c.view()).toMatchObject({ state: 'reviewing', handlingUnitId: UNITS.upper });
    expect(decide(staff('unitHead'), c.view(), 'issueReviewOpinion', { opinion: '维持' }).ok).toBe(false);
    c.step(staff('unitHead', UNITS.upper), 'issueReviewOpinion', { opinion: '维持原处理意见' });
    expect(
      decide(staff('registrar', UNITS.upper), c.view(), 'refuseFinal', { reason: '同一事实' }),
    ).toMatchObject({
      message: '当前状态「已复查」不能执行「不再受理」',
    });
    c.step(staff('registrar', UNITS.root), 'requestReReview', {
      requestDate: '2025-03-01',
      reason: '仍不服',
    });
    c.step(staff('unitHead', UNITS.root), 'issueReReviewOpinion', { opinion: '维持复查意见' });
    expect(c.view()).toMatchObject({ state: 'reReviewed', handlingUnitId: UNITS.root });
    const final = c.step(staff('registrar', UNITS.root), 'refuseFinal', {
      reason: '以同一事实和理由再次提出',
    });
    expect(final.sideEffects).toContainEqual({ kind: 'notifyPetitioner', notice: 'refuseFinal' });
    c.step(staff('registrar', UNITS.root), 'archive');
    expect(c.view().state).toBe('archived');
    const notices = c.effects.flatMap((e) => (e.kind === 'notifyPetitioner' ? [e.notice] : []));
    expect(notices).toEqual([
      'acceptance',
      'extension',
      'result',
      'reviewOpinion',
      'reReviewOpinion',
      'refuseFinal',
    ]);
  });

  it('refuses a new registration of facts already re-reviewed only when they were', () => {
    const again = buildCaseView({ state: 'registered', reReviewedBefore: true });
    expect(decide(staff('registrar'), again, 'refuseFinal', { reason: '已复核' })).toMatchObject({
      ok: true,
      to: 'refusedFinal',
    });
    expect(
      decide(staff('registrar'), { ...again, reReviewedBefore: false }, 'refuseFinal', { reason: '已复核' })
        .ok,
    ).toBe(false);
  });

  it('assigns down with a due date and takes the reported result back in', () => {
    const c = play(buildCaseView({ state: 'instructed' }));
    const assigned = c.step(staff('registrar'), 'assign', {
      targetUnitId: UNITS.lower,
      dueDate: '2025-04-30',
    });
    expect(assigned.sideEffects).toEqual(
      expect.arrayContaining([
        {
          kind: 'createLinkedCase',
          relation: 'assign',
          initialState: 'pendingAcceptance',
          restricted: false,
        },
        { kind: 'startDeadline', step: 'assignmentResult' },
        { kind: 'notifyPetitioner', notice: 'forwarded' },
      ]),
    );
    expect(
      decide(staff('registrar'), buildCaseView({ state: 'instructed' }), 'assign', {
        targetUnitId: UNITS.lower,
        dueDate: '2025-02-30',
      }),
    ).toMatchObject({
      message: '结果报送期限应为有效日期（如 2025-03-01）',
    });
    const below = buildCaseView({
      state: 'approved',
      handlingUnitId: UNITS.lower,
      handlingUnitPath: '/root/upper/unit/lower/',
      sourceRelation: 'assign',
    });
    expect(
      decide(staff('unitHead', UNITS.lower), { ...below, state: 'concluded' }, 'approveConclusion'),
    ).toMatchObject({
      sideEffects: [{ kind: 'reportResultToSource' }],
    });
    c.step(staff('handler'), 'submitConclusion', { report: '下级报送的办结报告', finding: 'true' });
    expect(c.step(staff('unitHead'), 'sendBackConclusion', { reason: '结果不完整，退回重办' }).to).toBe(
      'assigned',
    );
  });
});

describe('payload checks', () => {
  it('holds findings, evaluations and extension days to their vocabularies and limits', () => {
    const handling = buildCaseView({ state: 'handling' });
    expect(
      decide(staff('handler'), handling, 'submitConclusion', { report: 'r', finding: '大部分属实' }),
    ).toMatchObject({
      code: 'invalidField',
      message: '属实程度应为属实、基本属实、部分属实、不实、未认定之一',
    });
    expect(decide(staff('handler'), handling, 'requestExtension', { reason: 'r', days: 31 })).toMatchObject({
      message: '延期天数应为 1 至 30 之间的整数',
    });
    expect(
      decide(staff('handler'), { ...handling, maxExtensionDays: 45 }, 'requestExtension', {
        reason: 'r',
        days: 31,
      }).ok,
    ).toBe(true);
    expect(
      decide(staff('registrar'), buildCaseView({ state: 'replied' }), 'evaluate', { evaluation: '很好' }),
    ).toMatchObject({
      message: '评价结果应为满意、基本满意、不满意之一',
    });
    expect(
      decide(staff('registrar'), buildCaseView({ state: 'instructed' }), 'transfer', {
        targetUnitId: UNITS.unit,
      }),
    ).toMatchObject({
      message: '接收单位不能是本单位',
    });
  });
});
