import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { PIPELINES, PIPELINE_LABELS, ROLES, ROLE_LABELS } from '../vocabulary/index.js';
import { allowedActions, decide, refusalToError } from './decide.js';
import { CASE_STATES, STATE_LABELS, TERMINAL_STATES, type CaseState } from './states.js';
import {
  actorFor,
  buildCaseView,
  favourableView,
  PETITIONER,
  staff,
  UNITS,
  validPayload,
} from './testing.js';
import { CASE_ACTIONS, TRANSITIONS } from './transitions.js';

describe('every state × action × role × pipeline', () => {
  it('is allowed exactly when the table says so, and otherwise refused with the first reason', () => {
    let allowed = 0;
    for (const state of CASE_STATES)
      for (const action of CASE_ACTIONS)
        for (const pipeline of PIPELINES)
          for (const role of ROLES) {
            const t = TRANSITIONS[action];
            const view = favourableView(action, state, pipeline);
            const actor = actorFor(action, role);
            const result = decide(actor, view, action, validPayload(action));
            const where = `${state} × ${action} × ${pipeline} × ${role}`;
            if (!t.from.includes(state)) {
              expect(result, where).toEqual({
                ok: false,
                code: 'wrongState',
                message: `当前状态「${STATE_LABELS[state]}」不能执行「${t.label}」`,
              });
            } else if (!t.pipelines.includes(pipeline)) {
              expect(result, where).toEqual({
                ok: false,
                code: 'wrongPipeline',
                message: `${PIPELINE_LABELS[pipeline]}件不能执行「${t.label}」`,
              });
            } else if (!t.roles.includes(role)) {
              const who = [...t.roles.map((r) => ROLE_LABELS[r]), ...(t.petitioner ? ['信访人'] : [])].join(
                '、',
              );
              expect(result, where).toEqual({
                ok: false,
                code: 'wrongRole',
                message: `只有${who}可以${t.label}`,
              });
            } else {
              const expectedTo = typeof t.to === 'function' ? t.to(view) : t.to;
              expect(result, where).toMatchObject({ ok: true, from: state, to: expectedTo });
              expect(CASE_STATES, where).toContain(expectedTo);
              expect(allowedActions(actor, view), where).toContain(action);
              allowed++;
            }
          }
    expect(allowed).toBeGreaterThan(150);
  });

  it('never lets the admin, the auditor, the analyst or the liaison move a case', () => {
    for (const role of ['admin', 'auditor', 'analyst', 'liaison'] as const)
      for (const state of CASE_STATES)
        for (const pipeline of PIPELINES) {
          expect(allowedActions(staff(role), buildCaseView({ state, pipeline }))).toEqual([]);
        }
  });

  it('lets the petitioner only evaluate a replied case, and not an anonymous discipline report', () => {
    for (const state of CASE_STATES)
      for (const pipeline of PIPELINES) {
        const expected = state === 'replied' ? ['evaluate'] : [];
        expect(
          allowedActions(PETITIONER, buildCaseView({ state, pipeline })),
          `${state} ${pipeline}`,
        ).toEqual(expected);
      }
    expect(
      allowedActions(
        PETITIONER,
        buildCaseView({ state: 'replied', pipeline: 'discipline', realName: false }),
      ),
    ).toEqual([]);
    expect(decide(PETITIONER, buildCaseView({ state: 'replied' }), 'propose')).toMatchObject({
      message: '当前状态「已答复」不能执行「拟办」',
    });
    expect(decide(PETITIONER, buildCaseView({ state: 'registered' }), 'propose')).toMatchObject({
      code: 'wrongRole',
      message: '信访人不能执行「拟办」',
    });
  });
});

describe('the table as a state machine', () => {
  const ALL_ROLES = staff([...ROLES]);
  /** Every state reachable from registration or arrival, trying each action with a favourable case. */
  function reachable(): Set<CaseState> {
    const seen = new Set<CaseState>(['registered', 'pendingAcceptance']);
    const queue = [...seen];
    while (queue.length > 0) {
      const state = queue.shift() as CaseState;
      for (const action of CASE_ACTIONS)
        for (const pipeline of PIPELINES) {
          const actor = {
            ...ALL_ROLES,
            unitId: TRANSITIONS[action].scope === 'ancestor' ? UNITS.upper : UNITS.unit,
          };
          const r = decide(actor, favourableView(action, state, pipeline), action, validPayload(action));
          if (r.ok && !seen.has(r.to)) {
            seen.add(r.to);
            queue.push(r.to);
          }
        }
    }
    return seen;
  }

  it('reaches every state', () => {
    expect([...reachable()].sort()).toEqual([...CASE_STATES].sort());
  });

  it('leaves every open state by some action, and terminal states by none', () => {
    for (const state of CASE_STATES) {
      const exits = CASE_ACTIONS.filter((a) => {
        const t = TRANSITIONS[a];
        return t.from.includes(state) && (typeof t.to === 'function' || t.to !== state);
      });
      if (TERMINAL_STATES.includes(state)) expect(exits, state).toEqual([]);
      else expect(exits.length, state).toBeGreaterThan(0);
    }
    for (const state of TERMINAL_STATES) {
      expect(allowedActions(ALL_ROLES, buildCaseView({ state }))).toEqual([]);
    }
  });

  it('names every action with a Chinese verb and every required field with a Chinese label', () => {
    for (const action of CASE_ACTIONS) {
      const r = decide(
        actorFor(action, TRANSITIONS[action].roles[0] ?? 'registrar'),
        favourableView(
          action,
          TRANSITIONS[action].from[0] ?? 'registered',
          TRANSITIONS[action].pipelines[0] ?? 'government',
        ),
        action,
        {},
      );
      expect(TRANSITIONS[action].label).toMatch(/^[\u4e00-\u9fa5]+$/);
      if (TRANSITIONS[action].requires.length > 0) {
        expect(r.ok, action).toBe(false);
        if (!r.ok) expect(r.message, action).toMatch(/^缺少必填项：[\u4e00-\u9fa5（）、]+$/);
      }
    }
  });
});

describe('messages users read', () => {
  it('names the state and the action when the state is wrong', () => {
    const r = decide(staff('registrar'), buildCaseView({ state: 'approved' }), 'propose', {
      opinion: '拟转办',
    });
    expect(r).toEqual({ ok: false, code: 'wrongState', message: '当前状态「已办结」不能执行「拟办」' });
  });

  it('names who may review a conclusion report', () => {
    const r = decide(staff('handler'), buildCaseView({ state: 'concluded' }), 'approveConclusion');
    expect(r).toMatchObject({ ok: false, code: 'wrongRole', message: '只有部门负责人可以审核办结报告' });
  });

  it('names the missing field in the words of the action', () => {
    const view = buildCaseView({ state: 'pendingAcceptance' });
    expect(decide(staff('registrar'), view, 'return', { reason: '  ' })).toMatchObject({
      code: 'missingFields',
      message: '缺少必填项：退回理由',
      fields: [{ field: 'reason', message: '请填写退回理由' }],
    });
    expect(decide(staff('registrar'), buildCaseView({ state: 'instructed' }), 'assign', {})).toMatchObject({
      message: '缺少必填项：接收单位、结果报送期限',
    });
  });

  it('refuses a discipline disposition on a government petition', () => {
    const r = decide(staff('unitHead'), buildCaseView({ state: 'accepted' }), 'preliminaryCheck', {
      opinion: '初核',
    });
    expect(r).toMatchObject({ code: 'wrongPipeline', message: '党政信访件不能执行「初步核实」' });
  });

  it('maps refusals onto the one error type', () => {
    const forbidden = decide(staff('handler'), buildCaseView({ state: 'concluded' }), 'approveConclusion');
    const missing = decide(staff('registrar'), buildCaseView({ state: 'pendingAcceptance' }), 'return');
    const state = decide(staff('registrar'), buildCaseView({ state: 'archived' }), 'archive');
    if (forbidden.ok || missing.ok || state.ok) throw new Error('expected refusals');
    expect(refusalToError(forbidden)).toBeInstanceOf(AppError);
    expect(refusalToError(forbidden).code).toBe('forbidden');
    expect(refusalToError(missing)).toMatchObject({ code: 'validation', fields: [{ field: 'reason' }] });
    expect(refusalToError(state).code).toBe('conflict');
  });
});

describe('which unit may act', () => {
  const handling = buildCaseView({ state: 'handling' });

  it('lets only the handling unit work on the case', () => {
    expect(
      decide(staff('handler', UNITS.upper), handling, 'requestExtension', { reason: '案情复杂', days: 20 }),
    ).toMatchObject({
      code: 'wrongUnit',
      message: '只有承办单位可以申请延期',
    });
    expect(
      decide(staff('handler', UNITS.stranger), handling, 'requestExtension', { reason: '案情复杂', days: 20 })
        .ok,
    ).toBe(false);
    expect(decide(staff('handler'), handling, 'requestExtension', { reason: '案情复杂', days: 20 }).ok).toBe(
      true,
    );
  });

  it('lets the handling unit or any unit above it supervise, but not a unit beside or below it', () => {
    const payload = { opinion: '请加快办理', dueDate: '2025-02-01' };
    expect(decide(staff('supervisor', UNITS.root), handling, 'supervise', payload)).toMatchObject({
      ok: true,
      to: 'handling',
    });
    expect(decide(staff('supervisor'), handling, 'supervise', payload).ok).toBe(true);
    expect(decide(staff('supervisor', UNITS.lower), handling, 'supervise', payload)).toMatchObject({
      code: 'wrongUnit',
      message: '只有承办单位或其上级单位可以督办',
    });
    expect(decide(staff('supervisor', UNITS.stranger), handling, 'supervise', payload).ok).toBe(false);
  });

  it('takes a review request only at a unit above the one that replied', () => {
    const replied = buildCaseView({ state: 'replied' });
    const payload = { requestDate: '2025-01-05', reason: '对答复不服' };
    expect(decide(staff('registrar'), replied, 'requestReview', payload)).toMatchObject({
      message: '只有承办单位的上级单位可以受理复查申请',
    });
    expect(decide(staff('registrar', UNITS.upper), replied, 'requestReview', payload)).toMatchObject({
      ok: true,
      to: 'reviewing',
      sideEffects: expect.arrayContaining([{ kind: 'moveToActorUnit' }]),
    });
  });

  it('does not count a unit above as above when the case carries no unit path', () => {
    const noPath = buildCaseView({ state: 'handling', handlingUnitPath: undefined });
    expect(decide(staff('supervisor', UNITS.upper), noPath, 'remind').ok).toBe(false);
    expect(decide(staff('supervisor'), noPath, 'remind').ok).toBe(true);
  });
});
