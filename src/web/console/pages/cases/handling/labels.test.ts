import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkLabel } from './labels.js';

// The kinds the database allows, read from the schema's check constraint so a new kind cannot go unnamed.
const schema = readFileSync(new URL('../../../../../db/schema/cases.ts', import.meta.url), 'utf8');
const KINDS = [.../case_link_kind_ck[^(]*\(([^)]*)\)/.exec(schema)![1]!.matchAll(/'(\w+)'/g)].map((m) => m[1]!);

describe('link labels', () => {
  it('names every kind of linked case in Chinese, from both ends', () => {
    expect(KINDS).toContain('repeatOf');
    for (const kind of KINDS)
      for (const direction of ['out', 'in']) expect(linkLabel(kind, direction)).toMatch(/^[\u4e00-\u9fa5（）]+$/);
    expect(linkLabel('repeatOf', 'in')).toBe('重复件');
    expect(linkLabel('somethingNew', 'out')).toBe('关联件');
  });
});
