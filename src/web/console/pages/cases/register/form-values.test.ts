import { describe, expect, it } from 'vitest';
import { formFieldOf, toRegisterBody, type RegisterValues } from './form-values.js';

const base: RegisterValues = {
  receivedOn: '2026-11-27',
  channel: 'letter',
  source: 'direct',
  pipeline: 'discipline',
  nature: 'accusation',
};

describe('toRegisterBody', () => {
  it('leaves out blank rows and boxes and remembers where each kept one came from', () => {
    const { body, rows } = toRegisterBody({
      ...base,
      petitioners: [
        { name: '  ', phones: [''] },
        { name: ' 张伟 ', idNumber: '44122619800101001x', phones: ['', '13812345678'] },
      ],
      accused: [
        { kind: 'person' },
        { name: '李明', unit: '新圩镇人民政府', rank: 'section', isUnitChief: true },
      ],
    });
    expect(body.petitioners).toEqual([
      { name: '张伟', idNumber: '44122619800101001X', phones: ['13812345678'] },
    ]);
    expect(body.accused).toEqual([
      { kind: 'person', name: '李明', unit: '新圩镇人民政府', rank: 'section', isUnitChief: true },
    ]);
    expect(rows).toEqual({ petitioners: [{ row: 1, phones: [1] }], accused: [1] });
  });

  it('sends no names for an anonymous item and no caller number outside the phone channel', () => {
    const { body } = toRegisterBody({
      ...base,
      anonymous: true,
      callerNumber: '13800000000',
      petitioners: [{ name: '张伟', phones: ['13812345678'] }],
      title: '  ',
    });
    expect(body.anonymous).toBe(true);
    expect(body.petitioners).toEqual([{ phones: ['13812345678'] }]);
    expect('callerNumber' in body).toBe(false);
    expect('title' in body).toBe(false);
    expect(
      toRegisterBody({ ...base, channel: 'phone', callerNumber: ' 0758-1234567 ' }).body.callerNumber,
    ).toBe('0758-1234567');
  });

  it('keeps only what a unit accused can have', () => {
    const { body } = toRegisterBody({
      ...base,
      accused: [{ kind: 'unit', name: '张三', unit: '某局', rank: 'division', isUnitChief: true }],
    });
    expect(body.accused).toEqual([{ kind: 'unit', unit: '某局' }]);
  });
});

describe('formFieldOf', () => {
  const rows = { petitioners: [{ row: 2, phones: [0, 2] }], accused: [1] };
  it('maps body paths to the form rows and boxes they came from', () => {
    expect(formFieldOf('receivedOn', rows)).toEqual(['receivedOn']);
    expect(formFieldOf('petitioners', rows)).toEqual(['petitioners']);
    expect(formFieldOf('petitioners.0.idNumber', rows)).toEqual(['petitioners', 2, 'idNumber']);
    expect(formFieldOf('petitioners.0.phones.1', rows)).toEqual(['petitioners', 2, 'phones', 2]);
    expect(formFieldOf('accused.0.rank', rows)).toEqual(['accused', 1, 'rank']);
  });
  it('answers null for fields the form does not show', () => {
    expect(formFieldOf('petitioners.0.birthDate', rows)).toBeNull();
    expect(formFieldOf('petitioners.3.name', rows)).toBeNull();
    expect(formFieldOf('accused.0.regionCode', rows)).toBeNull();
    expect(formFieldOf('somethingElse', rows)).toBeNull();
  });
});
