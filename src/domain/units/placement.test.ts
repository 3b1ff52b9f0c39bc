import { describe, expect, it } from 'vitest';
import { moveProblem, placementProblem } from './placement.js';

describe('unit placement', () => {
  it('accepts a county under its city and a department at the same level', () => {
    expect(placementProblem({ level: 'city', regionCode: '441200' }, { level: 'county', regionCode: '441226' })).toBeNull();
    expect(placementProblem({ level: 'county', regionCode: '441226' }, { level: 'county', regionCode: '441226' })).toBeNull();
    expect(placementProblem({ level: 'central', regionCode: '100000' }, { level: 'province', regionCode: '440000' })).toBeNull();
  });

  it('refuses a higher level under a lower one, and a region outside the parent', () => {
    expect(placementProblem({ level: 'county', regionCode: '441226' }, { level: 'city', regionCode: '441200' })).toMatch(
      '层级',
    );
    expect(placementProblem({ level: 'city', regionCode: '441200' }, { level: 'county', regionCode: '370281' })).toMatch(
      '行政区划',
    );
  });

  it('refuses moving a unit under its own subtree', () => {
    expect(moveProblem({ id: 'b', path: '/a/b/' }, { path: '/a/b/c/' })).toMatch('下级');
    expect(moveProblem({ id: 'b', path: '/a/b/' }, { path: '/a/b/' })).toMatch('自己');
    expect(moveProblem({ id: 'b', path: '/a/b/' }, { path: '/a/d/' })).toBeNull();
  });
});
