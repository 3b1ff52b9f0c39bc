import { describe, expect, it } from 'vitest';
import { linkLabel } from './labels.js';

// The kinds the database allows (case_link_kind_ck in src/db/schema/cases.ts): add a label with a new kind.
const KINDS = ['repeatOf', 'assignedTo', 'transferredTo', 'escalatedTo', 'reviewOf'];

describe('link labels', () => {
  it('names every kind of linked case in Chinese, from both ends', () => {
    expect(KINDS).toContain('repeatOf');
    for (const kind of KINDS)
      for (const direction of ['out', 'in']) expect(linkLabel(kind, direction)).toMatch(/^[\u4e00-\u9fa5（）]+$/);
    expect(linkLabel('repeatOf', 'in')).toBe('重复件');
    expect(linkLabel('somethingNew', 'out')).toBe('关联件');
  });
});
